package org.npmportal.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.Texts;
import org.npmportal.base.DashboardFigure;
import org.npmportal.base.DashboardFigureSource;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InputValidator;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Language;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: administrators manage them, and every user manages their own password and language. */
@Service
@Order(900)
@Transactional
public class UserAccountService implements DashboardFigureSource {

    private static final String ENTITY = "user";
    private static final String ADMIN = "hasRole('ADMIN')";
    private static final String SIGNED_IN = "isAuthenticated()";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final InputValidator validator;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContext;
    private final SignedInSessions sessions;

    UserAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            InputValidator validator, AuditLog auditLog, Clock clock, SecurityContextHolderStrategy securityContext,
            SignedInSessions sessions) {
        this.sessions = sessions;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.validator = validator;
        this.auditLog = auditLog;
        this.clock = clock;
        this.securityContext = securityContext;
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public Page<UserSummary> list(String filter, Pageable pageable) {
        return users.search(likePattern(filter), pageable).map(UserSummary::of);
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public long count(String filter) {
        return users.countSearch(likePattern(filter));
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public Optional<AppUser> find(Long id) {
        return users.findById(id).map(user -> {
            user.getRoles().size();
            return user;
        });
    }

    /** Creates an account. The initial password must pass the policy; the user can change it later. */
    @PreAuthorize(ADMIN)
    public AppUser create(AppUser draft, String initialPassword) {
        var user = new AppUser();
        copyEditableFields(draft, user);
        List<FieldProblem> problems = new ArrayList<>();
        passwordPolicy.problem(initialPassword, user.getUsername(), user.getEmail(), user.getFullName())
                .ifPresent(key -> problems.add(new FieldProblem("password", key)));
        validate(user, problems);
        if (user.getUsername() != null && users.existsByUsername(user.getUsername())) {
            problems.add(new FieldProblem("username", "user.username.taken"));
        }
        if (user.getEmail() != null && users.existsByEmail(user.getEmail())) {
            problems.add(new FieldProblem("email", "user.email.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var now = clock.instant();
        user.setCreatedAt(now);
        user.setPassword(passwordEncoder.encode(initialPassword), now);
        var saved = users.save(user);
        auditLog.record("USER_CREATED", ENTITY, saved.getId(), describe(saved));
        return saved;
    }

    /** Saves an administrator's edit of name, email, language, roles and whether the account is enabled. */
    @PreAuthorize(ADMIN)
    public AppUser update(AppUser edited) {
        var user = users.findById(edited.getId()).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (user.getVersion() != edited.getVersion()) {
            throw new UserFacingException("error.concurrentChange");
        }
        String before = describe(user);
        boolean wasActiveAdmin = user.isEnabled() && user.getRoles().contains(Role.ADMIN);
        var username = user.getUsername();
        copyEditableFields(edited, user);
        user.setUsername(username);
        List<FieldProblem> problems = new ArrayList<>();
        validate(user, problems);
        if (user.getEmail() != null && users.existsByEmailAndIdNot(user.getEmail(), user.getId())) {
            problems.add(new FieldProblem("email", "user.email.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean isActiveAdmin = user.isEnabled() && user.getRoles().contains(Role.ADMIN);
        if (isCurrentUser(user) && !user.isEnabled()) {
            throw new UserFacingException("user.cannotDisableSelf");
        }
        if (wasActiveAdmin && !isActiveAdmin && users.countOtherEnabledWithRole(Role.ADMIN, user.getId()) == 0) {
            throw new UserFacingException("user.lastAdmin");
        }
        var saved = users.saveAndFlush(user);
        if (!saved.isEnabled()) {
            sessions.endAllOf(saved.getUsername());
        }
        auditLog.record("USER_UPDATED", ENTITY, saved.getId(), before + " -> " + describe(saved));
        return saved;
    }

    @PreAuthorize(ADMIN)
    public void resetPassword(Long userId, String newPassword) {
        var user = users.findById(userId).orElseThrow(() -> new UserFacingException("error.notFound"));
        checkPassword(user, "password", newPassword);
        user.setPassword(passwordEncoder.encode(newPassword), clock.instant());
        auditLog.record("USER_PASSWORD_RESET", ENTITY, user.getId(), null);
    }

    /** Administrators see how many staff accounts are active; nobody else sees account figures. */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    @Override
    public List<DashboardFigure> dashboardFigures() {
        var authentication = securityContext.getContext().getAuthentication();
        boolean admin = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
        return admin
                ? List.of(new DashboardFigure("dashboard.figure.activeUsers", users.countByEnabledTrue(), "admin/users"))
                : List.of();
    }

    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<UserSummary> currentUser() {
        return currentUsername().flatMap(users::findByUsername).map(UserSummary::of);
    }

    @PreAuthorize(SIGNED_IN)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var user = requireCurrentUser();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "account.password.currentWrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new InvalidInputException("newPassword", "account.password.unchanged");
        }
        checkPassword(user, "newPassword", newPassword);
        user.setPassword(passwordEncoder.encode(newPassword), clock.instant());
        auditLog.record("USER_PASSWORD_CHANGED", ENTITY, user.getId(), null);
    }

    @PreAuthorize(SIGNED_IN)
    public void changeOwnLanguage(Language language) {
        if (language == null) {
            throw new InvalidInputException("preferredLanguage", "user.language.required");
        }
        requireCurrentUser().setPreferredLanguage(language);
    }

    private void checkPassword(AppUser user, String field, String password) {
        passwordPolicy.problem(password, user.getUsername(), user.getEmail(), user.getFullName())
                .ifPresent(key -> {
                    throw new InvalidInputException(field, key);
                });
    }

    private void validate(AppUser user, List<FieldProblem> problems) {
        try {
            validator.check(user);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
    }

    private static void copyEditableFields(AppUser from, AppUser to) {
        to.setUsername(normalise(from.getUsername()));
        to.setEmail(normalise(from.getEmail()));
        to.setFullName(from.getFullName() == null ? null : from.getFullName().strip());
        to.setPreferredLanguage(from.getPreferredLanguage());
        to.setRoles(from.getRoles());
        to.setEnabled(from.isEnabled());
    }

    private static String normalise(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String likePattern(String filter) {
        if (filter == null || filter.isBlank()) {
            return "";
        }
        return Texts.likeContains(filter);
    }

    private static String describe(AppUser user) {
        return "email=" + user.getEmail() + ", roles=" + user.getRoles() + ", enabled=" + user.isEnabled()
                + ", language=" + user.getPreferredLanguage();
    }

    private boolean isCurrentUser(AppUser user) {
        return currentUsername().map(user.getUsername()::equals).orElse(false);
    }

    private AppUser requireCurrentUser() {
        return currentUsername().flatMap(users::findByUsername)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private Optional<String> currentUsername() {
        var authentication = securityContext.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : Optional.of(authentication.getName());
    }
}
