package ro.semnal.accounts.ui;

import java.util.EnumSet;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.Role;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.ui.FieldErrors;
import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;

/** Changes one user's roles and whether the account is active. */
class EditUserDialog extends Dialog {

    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Checkbox active = new Checkbox();
    private final FieldErrors errors = new FieldErrors();

    EditUserDialog(AccountService accounts, UserAccount user, Consumer<UserAccount> onSaved) {
        setHeaderTitle(getTranslation("adminUsers.edit", user.fullName()));
        roles.setLabel(getTranslation("field.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.messageKey()));
        roles.setValue(user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles()));
        active.setLabel(getTranslation("adminUsers.active"));
        active.setValue(user.active());
        errors.bind("roles", roles).bind("active", active);
        add(new VerticalLayout(new Paragraph(user.email()), roles, active));

        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                UserAccount saved = accounts.updateAccess(user.id(), roles.getValue(), active.getValue());
                Notifications.success(getTranslation("adminUsers.saved"));
                onSaved.accept(saved);
                close();
            } catch (InvalidInputException e) {
                errors.show(e.errors()).forEach(other -> Notifications.error(getTranslation(other.messageKey())));
            }
        });
        save.setId("edit-user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
