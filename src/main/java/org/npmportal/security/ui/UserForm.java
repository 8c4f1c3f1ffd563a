package org.npmportal.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import org.npmportal.base.i18n.Language;
import org.npmportal.security.AppUser;
import org.npmportal.security.PasswordPolicy;
import org.npmportal.security.Role;

/**
 * Edits one staff account. The form validates with the entity's constraints and publishes events;
 * the view decides what to do with them.
 */
class UserForm extends FormLayout {

    final TextField username = new TextField();
    final EmailField email = new EmailField();
    final TextField fullName = new TextField();
    final Select<Language> preferredLanguage = new Select<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();
    final PasswordField password = new PasswordField();
    final Button save = new Button();
    final Button resetPassword = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<AppUser> binder = new BeanValidationBinder<>(AppUser.class);
    private AppUser user;

    UserForm() {
        addClassName("user-form");
        username.setLabel(getTranslation("user.username"));
        username.setMaxLength(AppUser.USERNAME_MAX);
        username.setHelperText(getTranslation("user.username.help"));
        email.setLabel(getTranslation("user.email"));
        email.setMaxLength(AppUser.EMAIL_MAX);
        fullName.setLabel(getTranslation("user.fullName"));
        fullName.setMaxLength(AppUser.FULL_NAME_MAX);
        preferredLanguage.setLabel(getTranslation("user.language"));
        preferredLanguage.setItems(Language.values());
        preferredLanguage.setItemLabelGenerator(Language::nativeName);
        roles.setLabel(getTranslation("user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        enabled.setLabel(getTranslation("user.enabled"));
        password.setLabel(getTranslation("user.initialPassword"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setRevealButtonVisible(true);

        binder.bindInstanceFields(this);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                fireEvent(new SaveEvent(this, user, password.getValue()));
            }
        });
        resetPassword.setText(getTranslation("user.resetPassword"));
        resetPassword.addClickListener(click -> fireEvent(new ResetPasswordEvent(this, user, password.getValue())));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> fireEvent(new CloseEvent(this)));

        add(username, email, fullName, preferredLanguage, roles, enabled, password,
                new HorizontalLayout(save, resetPassword, cancel));
        setColspan(roles, 2);
    }

    void edit(AppUser user) {
        this.user = user;
        binder.setBean(user);
        boolean isNew = user.getId() == null;
        username.setReadOnly(!isNew);
        password.clear();
        password.setLabel(getTranslation(isNew ? "user.initialPassword" : "user.newPassword"));
        password.setRequiredIndicatorVisible(isNew);
        resetPassword.setVisible(!isNew);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addResetPasswordListener(ComponentEventListener<ResetPasswordEvent> listener) {
        return addListener(ResetPasswordEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("username", username, "email", email, "fullName", fullName,
                "preferredLanguage", preferredLanguage, "roles", roles, "password", password);
    }

    abstract static class UserFormEvent extends ComponentEvent<UserForm> {
        private final AppUser user;

        UserFormEvent(UserForm source, AppUser user) {
            super(source, false);
            this.user = user;
        }

        AppUser user() {
            return user;
        }
    }

    static final class SaveEvent extends UserFormEvent {
        private final String password;

        SaveEvent(UserForm source, AppUser user, String password) {
            super(source, user);
            this.password = password;
        }

        String password() {
            return password;
        }
    }

    static final class ResetPasswordEvent extends UserFormEvent {
        private final String password;

        ResetPasswordEvent(UserForm source, AppUser user, String password) {
            super(source, user);
            this.password = password;
        }

        String password() {
            return password;
        }
    }

    static final class CloseEvent extends UserFormEvent {
        CloseEvent(UserForm source) {
            super(source, null);
        }
    }
}
