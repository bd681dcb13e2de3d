package dev.backboard.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The providers configured under {@code spring.security.oauth2.client.registration}; none
 * by default, and then sign-in offers only the password.
 */
@Component
public class IdentityProviders {

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	IdentityProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.registrations = registrations;
	}

	public List<IdentityProvider> all() {
		List<IdentityProvider> providers = new ArrayList<>();
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object registration : all) {
				if (registration instanceof ClientRegistration client) {
					providers.add(new IdentityProvider(client.getRegistrationId(), client.getClientName()));
				}
			}
		}
		return providers;
	}

	public Optional<IdentityProvider> find(String registrationId) {
		return all().stream().filter(provider -> provider.registrationId().equals(registrationId)).findFirst();
	}

	boolean any() {
		return registrations.getIfAvailable() != null;
	}

}
