package org.npmportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.stream.Collectors;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.base.ui.Notifications;
import org.npmportal.security.PasswordPolicy;
import org.npmportal.security.UserAccountService;

/** Every staff member's own account: who they are, their roles, and a new password. */
@Route("account")
@PermitAll
@Menu(title = "nav.account", icon = "vaadin:user-card", order = 99)
class AccountView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatPassword = new PasswordField();
    final Button change = new Button();

    private final UserAccountService accounts;

    AccountView(UserAccountService accounts) {
        this.accounts = accounts;
        accounts.currentUser().ifPresent(user -> add(
                new H3(user.fullName()),
                new Paragraph(user.username() + " · " + user.email()),
                new Paragraph(getTranslation("user.roles") + ": " + user.roles().stream().sorted()
                        .map(role -> getTranslation("role." + role.name())).collect(Collectors.joining(", ")))));

        currentPassword.setLabel(getTranslation("account.password.current"));
        newPassword.setLabel(getTranslation("account.password.new"));
        newPassword.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        repeatPassword.setLabel(getTranslation("account.password.repeat"));
        change.setText(getTranslation("account.password.change"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(click -> changePassword());

        var form = new FormLayout(currentPassword, newPassword, repeatPassword, change);
        form.setMaxWidth("40rem");
        add(new H3(getTranslation("account.password.heading")), form);
    }

    private void changePassword() {
        var fields = Map.of("currentPassword", currentPassword, "newPassword", newPassword,
                "repeatPassword", repeatPassword);
        try {
            if (!newPassword.getValue().equals(repeatPassword.getValue())) {
                throw new InvalidInputException("repeatPassword", "account.password.mismatch");
            }
            accounts.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            repeatPassword.clear();
            fields.values().forEach(field -> field.setInvalid(false));
            Notifications.success(getTranslation("account.password.changed"));
        } catch (InvalidInputException invalid) {
            String rest = FieldErrors.show(invalid, fields, this);
            if (!rest.isEmpty()) {
                Notifications.error(rest);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.account");
    }
}
