package dev.backboard.oauth.internal;

import dev.backboard.core.privacy.PersonalData;
import dev.backboard.oauth.ConnectedApps;

import org.springframework.stereotype.Component;

/** The apps a person authorized: exported by name and scopes, all revoked on erasure. */
@Component
class OAuthPersonalData implements PersonalData {

	private final ConnectedApps apps;

	OAuthPersonalData(ConnectedApps apps) {
		this.apps = apps;
	}

	@Override
	public String section() {
		return "authorizedApps";
	}

	@Override
	public Object export(long accountId) {
		return apps.of(accountId);
	}

	@Override
	public void erase(long accountId) {
		apps.revokeAll(accountId);
	}

}
