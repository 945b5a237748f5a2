package ro.semnal.cohorts.ui;

import java.time.Duration;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;

import ro.semnal.accounts.AccountService;
import ro.semnal.accounts.UserAccount;
import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.cohorts.CohortService;
import ro.semnal.cohorts.CohortSummary;

/** The cohort's members: add an existing account by e-mail, remove one, open an invite link. */
class MembersTab extends VerticalLayout {

    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    private final CohortService cohorts;
    private final long cohortId;

    MembersTab(CohortService cohorts, AccountService accounts, CohortSummary cohort) {
        this.cohorts = cohorts;
        this.cohortId = cohort.id();
        EmailField email = new EmailField(getTranslation("cohorts.addByEmail"));
        email.setId("member-email");
        Button add = new Button(getTranslation("cohorts.add"), click -> accounts.findByEmail(email.getValue())
                .ifPresentOrElse(user -> {
                    try {
                        cohorts.addMembers(cohortId, Set.of(user.id()));
                        email.clear();
                        refresh();
                    } catch (InvalidInputException e) {
                        Notifications.error(getTranslation(e.errors().getFirst().messageKey()));
                    }
                }, () -> Notifications.error(getTranslation("cohorts.noSuchAccount"))));
        add.setId("add-member");
        HorizontalLayout adding = new HorizontalLayout(email, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addColumn(UserAccount::fullName).setKey("name").setHeader(getTranslation("field.fullName")).setAutoWidth(true);
        grid.addColumn(UserAccount::email).setKey("email").setHeader(getTranslation("field.email")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.profession().messageKey())).setKey("profession")
                .setHeader(getTranslation("field.profession"));
        grid.addComponentColumn(u -> new Button(getTranslation("cohorts.remove"), click -> {
            cohorts.removeMember(cohortId, u.id());
            refresh();
        })).setKey("remove");
        grid.setAllRowsVisible(true);
        add(adding, createInvite(cohort), grid);
        refresh();
    }

    private HorizontalLayout createInvite(CohortSummary cohort) {
        IntegerField days = new IntegerField(getTranslation("cohorts.inviteDays"));
        days.setValue(14);
        IntegerField seats = new IntegerField(getTranslation("cohorts.inviteSeats"));
        seats.setValue(cohort.capacity());
        Paragraph link = new Paragraph(cohort.inviteCode() == null ? "" : getTranslation("cohorts.inviteLink",
                "/join/" + cohort.inviteCode()));
        link.setId("invite-link");
        Button open = new Button(getTranslation("cohorts.openInvite"), click -> {
            try {
                CohortSummary updated = cohorts.openInvite(cohortId,
                        Duration.ofDays(days.getValue() == null ? 0 : days.getValue()),
                        seats.getValue() == null ? 0 : seats.getValue());
                link.setText(getTranslation("cohorts.inviteLink", "/join/" + updated.inviteCode()));
            } catch (InvalidInputException e) {
                Notifications.error(getTranslation(e.errors().getFirst().messageKey()));
            }
        });
        open.setId("open-invite");
        HorizontalLayout invite = new HorizontalLayout(days, seats, open, link);
        invite.setAlignItems(FlexComponent.Alignment.BASELINE);
        return invite;
    }

    private void refresh() {
        grid.setItems(cohorts.members(cohortId));
    }
}
