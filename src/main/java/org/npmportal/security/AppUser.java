package org.npmportal.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.npmportal.base.AbstractEntity;
import org.npmportal.base.i18n.Language;

/** A staff account: organisers, commission members, finance staff and administrators. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    public static final int USERNAME_MAX = 64;
    public static final int EMAIL_MAX = 254;
    public static final int FULL_NAME_MAX = 200;

    @NotBlank(message = "{user.username.required}")
    @Size(max = USERNAME_MAX, message = "{user.username.size}")
    @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$", message = "{user.username.pattern}")
    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @NotBlank(message = "{user.email.required}")
    @Size(max = EMAIL_MAX, message = "{user.email.size}")
    @Email(message = "{user.email.invalid}")
    @Column(nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @NotBlank(message = "{user.fullName.required}")
    @Size(max = FULL_NAME_MAX, message = "{user.fullName.size}")
    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @NotNull(message = "{user.language.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false, length = 2)
    private Language preferredLanguage = Language.EN;

    @NotEmpty(message = "{user.roles.required}")
    @ElementCollection
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPassword(String passwordHash, Instant changedAt) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = changedAt;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(Language preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
