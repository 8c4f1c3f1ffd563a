package org.npmportal.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.npmportal.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        // The public read-only API: no sign-in, and no session or CSRF token, because nothing there changes state.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/**").permitAll());
        // The one public API call that changes state: registering for a seminar. It needs no session either;
        // it is rate-limited and only ever answers "accepted", so it reveals nothing about who is registered.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/seminars/*/registrations")
                .permitAll());
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/registrations/confirmations")
                .permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        return http.build();
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
