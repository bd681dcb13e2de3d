package dev.backboard.core.net;

import java.time.Duration;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * HTTP clients for addresses users give (webhooks, import sources, apply pages): every
 * connection resolves through {@link GuardedDns}, connecting and each read are timed, and
 * nothing is retried, remembered or sent along unasked (no cookies, no cached
 * authentication). Callers add how redirects are handled and their User-Agent.
 */
public final class GuardedClients {

	private GuardedClients() {
	}

	public static HttpClientBuilder builder(AddressPolicy policy, Duration connectTimeout, Duration responseTimeout,
			int maxConnections, int maxConnectionsPerHost) {
		Timeout connect = Timeout.ofMilliseconds(connectTimeout.toMillis());
		Timeout response = Timeout.ofMilliseconds(responseTimeout.toMillis());
		return HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(new GuardedDns(policy))
				.setDefaultConnectionConfig(
						ConnectionConfig.custom().setConnectTimeout(connect).setSocketTimeout(response).build())
				.setMaxConnTotal(maxConnections)
				.setMaxConnPerRoute(maxConnectionsPerHost)
				.build())
			.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(response).build())
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching();
	}

}
