package org.npmportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.base.ui.Notifications;
import org.npmportal.security.AppUser;
import org.npmportal.security.Role;
import org.npmportal.security.UserAccountService;
import org.npmportal.security.UserSummary;

/** Administrators create, edit and disable staff accounts, assign roles and reset passwords. */
@Route("admin/users")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.users", icon = "vaadin:users", order = 90)
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UserSummary> grid = new Grid<>();
    final TextField filter = new TextField();
    final Button addUser = new Button();
    final UserForm form = new UserForm();
    final Dialog dialog = new Dialog();

    private final UserAccountService accounts;

    UserAdminView(UserAccountService accounts) {
        this.accounts = accounts;
        setSizeFull();

        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        addUser.setText(getTranslation("users.add"));
        addUser.setIcon(VaadinIcon.PLUS.create());
        addUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addUser.addClickListener(click -> open(new AppUser()));

        grid.addColumn(UserSummary::username).setHeader(getTranslation("user.username"))
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(UserSummary::fullName).setHeader(getTranslation("user.fullName"))
                .setSortProperty("fullName").setAutoWidth(true);
        grid.addColumn(UserSummary::email).setHeader(getTranslation("user.email")).setSortProperty("email");
        grid.addColumn(user -> user.roles().stream().sorted()
                .map(role -> getTranslation("role." + role.name())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("user.roles"));
        grid.addColumn(user -> getTranslation(user.enabled() ? "user.status.enabled" : "user.status.disabled"))
                .setHeader(getTranslation("user.status")).setSortProperty("enabled");
        grid.setItems(query -> accounts.list(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) accounts.count(filter.getValue()));
        grid.addItemClickListener(click -> accounts.find(click.getItem().id()).ifPresent(this::open));
        grid.setSizeFull();

        dialog.add(form);
        dialog.setWidth("min(48rem, 100vw)");
        form.addSaveListener(this::save);
        form.addResetPasswordListener(this::resetPassword);
        form.addCloseListener(close -> dialog.close());

        add(new HorizontalLayout(filter, addUser), grid);
    }

    private void open(AppUser user) {
        dialog.setHeaderTitle(getTranslation(user.getId() == null ? "users.add" : "users.edit"));
        form.edit(user);
        dialog.open();
    }

    private void save(UserForm.SaveEvent event) {
        try {
            if (event.user().getId() == null) {
                accounts.create(event.user(), event.password());
            } else {
                accounts.update(event.user());
            }
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notifications.success(getTranslation("users.saved"));
        } catch (InvalidInputException invalid) {
            showProblems(invalid);
        }
    }

    private void resetPassword(UserForm.ResetPasswordEvent event) {
        try {
            accounts.resetPassword(event.user().getId(), event.password());
            form.password.clear();
            Notifications.success(getTranslation("users.passwordReset"));
        } catch (InvalidInputException invalid) {
            showProblems(invalid);
        }
    }

    private void showProblems(InvalidInputException invalid) {
        String rest = FieldErrors.show(invalid, form.fieldsByProperty(), this);
        if (!rest.isEmpty()) {
            Notifications.error(rest);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
