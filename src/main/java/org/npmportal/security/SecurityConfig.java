package org.npmportal.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.npmportal.security.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in for staff. Vaadin's configurer denies every view that does not say who may open it
 * ({@code @RolesAllowed}, {@code @PermitAll}, {@code @AnonymousAllowed}); services carry their own
 * {@code @PreAuthorize} checks, so a view that forgets one still cannot reach the data. JSR-250
 * method security stays off: it would proxy the views, whose annotations are Vaadin's to read.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
@EnableConfigurationProperties(LoginThrottleSettings.class)
class SecurityConfig {

    /**
     * As strict as Vaadin Flow allows: its bootstrap page starts the client engine with an inline script, the
     * engine builds functions from the expressions the server sends ({@code 'unsafe-eval'}), and components
     * set inline styles. Everything else comes from the portal itself; no page may be framed, no form may
     * post elsewhere, and plugins are off. Lumo's icons and fonts include {@code data:} URLs, and downloads
     * of generated files use {@code blob:} only where the browser makes them.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String LOGIN_PATH = "/login";

    /**
     * The public API under {@code /api/}: no sign-in, so no session, no security context to look up and no CSRF
     * token (nothing here reads a cookie). Each address it offers is listed here; any other method or address
     * under {@code /api/} is refused with a 404 problem detail in the client's language, instead of reaching the
     * sign-in page or Vaadin's pages. Registering and confirming are the two calls that change state; they are
     * rate-limited by the services and only ever reveal what the caller already holds. Being stateless also keeps
     * each request cheap when a popular seminar opens and hundreds of confirmations arrive at once.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiRefusal refusal) throws Exception {
        http.securityMatcher("/api/**");
        headers(http);
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(csrf -> csrf.disable());
        http.requestCache(cache -> cache.disable());
        String[] reads = {"/api/seminars", "/api/seminars.ics", "/api/seminars/*",
            "/api/registrations/*/certificate.pdf"};
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, reads).permitAll()
                .requestMatchers(HttpMethod.HEAD, reads).permitAll()
                .requestMatchers(HttpMethod.POST, "/api/seminars/*/registrations",
                        "/api/registrations/confirmations").permitAll()
                .anyRequest().denyAll());
        http.exceptionHandling(errors -> errors.authenticationEntryPoint(refusal).accessDeniedHandler(refusal));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle loginThrottle,
            SessionRegistry sessionRegistry) throws Exception {
        headers(http);
        // The registry lets an administrator's disabling of an account end that user's sessions; any number of
        // sessions per user is allowed. Spring Security's default already gives a session a new id on sign-in.
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl(LOGIN_PATH));
        http.addFilterBefore(new LoginThrottleFilter(loginThrottle, LOGIN_PATH),
                UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, LOGIN_PATH));
        return http.build();
    }

    /**
     * Spring Security's defaults stay: nosniff, X-Frame-Options DENY, no caching of pages, and HSTS only on
     * requests that arrived over HTTPS (directly, or through a proxy trusted by server.forward-headers-strategy).
     * Links carry tokens in their path, so no address is ever sent on as a Referer. The headers are written before
     * the request is handled: written afterwards, they missed Vaadin's pages whenever Vaadin had sent them already.
     * Vaadin then leaves the X-Frame-Options it finds alone.
     */
    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry about sessions the container ends (time-out, sign-out). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AppUserRepository users, TransactionTemplate transactions) {
        return username -> transactions.execute(status -> users
                .findByUsername(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .map(user -> User.withUsername(user.getUsername())
                        .password(user.getPasswordHash())
                        .disabled(!user.isEnabled())
                        .authorities(user.getRoles().stream().map(Role::authority).toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such user")));
    }
}
