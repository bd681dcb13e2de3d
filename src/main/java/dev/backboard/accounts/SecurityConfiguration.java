package dev.backboard.accounts;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import dev.backboard.core.LocalRequests;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Every route's rule, in one place: public pages and API reads, then each role's area;
 * anything else is denied. Pages sign in with a session and CSRF tokens; the API is
 * stateless and uses bearer tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] PUBLIC_API_READS = ApiScopes.PUBLIC_READS.toArray(String[]::new);

	/**
	 * Sign-ins are observed (spring.security.authentications); each request already is,
	 * once, by http.server.requests, so neither every filter of the chain nor every
	 * access decision is observed again on every request.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiProblemResponses problems, OpaqueTokenIntrospector apiTokens)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(routes -> routes.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(HttpMethod.OPTIONS, "/api/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, PUBLIC_API_READS)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, PUBLIC_API_READS)
				.permitAll()
				.requestMatchers(SecurityConfiguration::scopedApiCall)
				.access(SecurityConfiguration::hasRouteScope)
				.anyRequest()
				.denyAll())
			.oauth2ResourceServer(bearer -> bearer.bearerTokenResolver(headerOnly())
				.opaqueToken(opaque -> opaque.introspector(apiTokens))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Browser origins the corsConfigurationSource bean allows (registered
			// single-page apps; any for public reads).
			.cors(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(SecurityConfiguration::apiHeaders);
		return http.build();
	}

	/** Whether {@link ApiScopes} has a rule for the request. */
	private static boolean scopedApiCall(HttpServletRequest request) {
		return rule(request).isPresent();
	}

	/** The route's scope, from {@link ApiScopes}, which the API description lists too. */
	private static AuthorizationResult hasRouteScope(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return rule(context.getRequest()).map(rule -> scope(rule.scope()).authorize(authentication, context))
			.orElseGet(() -> new AuthorizationDecision(false));
	}

	private static java.util.Optional<ApiScopes.Rule> rule(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ApiScopes.of(HttpMethod.valueOf(request.getMethod()), path);
	}

	/**
	 * Requires a scope; a token without it gets a 403 problem that names it.
	 */
	private static AuthorizationManager<RequestAuthorizationContext> scope(String scope) {
		AuthorityAuthorizationManager<RequestAuthorizationContext> granted = AuthorityAuthorizationManager
			.hasAuthority("SCOPE_" + scope);
		return (authentication, context) -> {
			AuthorizationResult result = granted.authorize(authentication, context);
			if (result == null || !result.isGranted()) {
				context.getRequest().setAttribute(ApiProblemResponses.MISSING_SCOPE, scope);
			}
			return result;
		};
	}

	/**
	 * Tokens only in the Authorization header: a token in a URL ends up in logs, proxies
	 * and browser history, so {@code ?access_token=} is never read.
	 */
	private static BearerTokenResolver headerOnly() {
		DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();
		resolver.setAllowUriQueryParameter(false);
		resolver.setAllowFormEncodedBodyParameter(false);
		return resolver;
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, UnmappedRoutes unmapped, SignInSteps signInSteps,
			SignInAttempts signIns) throws Exception {
		var signIn = new LoginUrlAuthenticationEntryPoint("/login");
		// Relative, like every redirect: an absolute one would name the Host header.
		signIn.setFavorRelativeUris(true);
		var forbidden = new AccessDeniedHandlerImpl();
		http.authorizeHttpRequests(routes -> routes.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			// Applying and saving jobs are for candidates; the rest of a job's routes are
			// public (its page, click-out and panel).
			.requestMatchers("/jobs/*/apply", "/jobs/*/save", "/jobs/*/unsave", "/jobs/*/hide", "/jobs/*/unhide")
			.hasAuthority(Role.CANDIDATE.authority())
			.requestMatchers("/", "/jobs", "/jobs/**", "/skills/**", "/suggest", "/companies/*", "/companies/*/logo")
			.permitAll()
			.requestMatchers("/insights", "/insights.csv", "/insights.json")
			.permitAll()
			.requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/robots.txt", "/error")
			.permitAll()
			// Feeds and sitemaps (skill feeds are under /skills/**).
			.requestMatchers("/jobs.rss", "/jobs.atom", "/companies/*/jobs.*", "/sitemap.xml", "/sitemaps/*",
					"/feeds/*")
			.permitAll()
			.requestMatchers("/swagger-ui/**", "/v3/api-docs/**")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
			.permitAll()
			.requestMatchers("/actuator/**", "/dev/mail", "/dev/mail/**")
			.access(SecurityConfiguration::fromThisMachine)
			.requestMatchers("/login", "/signup", "/verify-email", "/password/forgot", "/password/reset")
			.permitAll()
			// The TOTP step of a sign-in; its controller only serves sessions waiting for
			// it.
			.requestMatchers("/login/2fa")
			.permitAll()
			.requestMatchers("/setup/admin")
			.permitAll()
			// Where a person allows an app to act for them.
			.requestMatchers("/oauth2/consent")
			.authenticated()
			.requestMatchers("/employer/**")
			.hasAuthority(Role.EMPLOYER.authority())
			.requestMatchers("/candidate/**")
			.hasAuthority(Role.CANDIDATE.authority())
			.requestMatchers("/moderation/**")
			.hasAnyAuthority(Role.MODERATOR.authority(), Role.ADMIN.authority())
			.requestMatchers("/admin/**")
			.hasAuthority(Role.ADMIN.authority())
			.requestMatchers("/account", "/account/**", "/invitations/**")
			.authenticated()
			// Job alerts: saved by anyone, managed through the secret link in their
			// mails.
			.requestMatchers("/alerts", "/alerts/**")
			.permitAll()
			.anyRequest()
			.denyAll())
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::operatorJson)
				// RFC 8058 one-click unsubscribe: a mail client's POST, authorized by the
				// link's secret.
				.ignoringRequestMatchers("/alerts/*/unsubscribe", "/alerts/*/searches/*/unsubscribe"))
			.formLogin(login -> login.loginPage("/login").successHandler(signIns).failureHandler(signIns))
			.addFilterBefore(signIns.throttle(), UsernamePasswordAuthenticationFilter.class)
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signed-out").deleteCookies("SESSION"))
			.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, ex) -> {
				if (!unmapped.answerIfUnmapped(request, response)) {
					signIn.commence(request, response, ex);
				}
			}).accessDeniedHandler((request, response, ex) -> {
				if (ex instanceof CsrfException || !unmapped.answerIfUnmapped(request, response)) {
					forbidden.handle(request, response, ex);
				}
			}))
			.headers(SecurityConfiguration::headers);
		// Identity providers (their /oauth2/authorization/* and /login/oauth2/code/* are
		// answered by their filters) and the TOTP step.
		signInSteps.applyTo(http);
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

	/**
	 * The web module's filter writes CSP, nosniff, frame and referrer headers for every
	 * response; here only what depends on who is signed in: their pages are never stored.
	 */
	private static void headers(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.defaultsDisabled().addHeaderWriter((request, response) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof SignedInUser) {
				response.setHeader("Cache-Control", "no-store");
			}
		});
	}

	/**
	 * Whatever an API client reads with its token (drafts, applicants) is its company's
	 * own: no cache keeps it, unless the route itself chose a private, revalidated copy.
	 */
	private static void apiHeaders(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.defaultsDisabled().addHeaderWriter((request, response) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.isAuthenticated()
					&& !(authentication instanceof AnonymousAuthenticationToken)
					&& response.getHeader("Cache-Control") == null) {
				response.setHeader("Cache-Control", "no-store");
			}
		});
	}

	/**
	 * Operators call actuator operations (a search index rebuild) with curl, which has no
	 * CSRF token. Access is decided on the connection's address, not on a cookie; a JSON
	 * body is what another site's page in a browser on this machine cannot send without a
	 * CORS preflight, which no route allows.
	 */
	private static boolean operatorJson(HttpServletRequest request) {
		String type = request.getContentType();
		return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/") && type != null
				&& type.toLowerCase(Locale.ROOT).startsWith("application/json");
	}

	/** Operator pages (captured mail, metrics) answer only requests from this machine. */
	private static AuthorizationDecision fromThisMachine(java.util.function.Supplier<? extends Authentication> auth,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(LocalRequests.fromThisMachine(context.getRequest()));
	}

}
