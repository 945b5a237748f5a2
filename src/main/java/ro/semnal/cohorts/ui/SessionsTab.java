package ro.semnal.cohorts.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import ro.semnal.base.ui.FieldErrors;
import ro.semnal.base.ui.Notifications;
import ro.semnal.base.validation.InvalidInputException;
import ro.semnal.cohorts.AttendanceRow;
import ro.semnal.cohorts.AttendanceStatus;
import ro.semnal.cohorts.CohortSummary;
import ro.semnal.cohorts.SessionForm;
import ro.semnal.cohorts.SessionMode;
import ro.semnal.cohorts.SessionService;
import ro.semnal.cohorts.SessionView;

/** Sessions of a cohort (times in Bucharest): schedule, cancel, and take attendance. */
class SessionsTab extends VerticalLayout {

    static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
    private final Grid<SessionView> grid = new Grid<>(SessionView.class, false);
    private final Div register = new Div();
    private final SessionService sessions;
    private final long cohortId;

    SessionsTab(SessionService sessions, CohortSummary cohort) {
        this.sessions = sessions;
        this.cohortId = cohort.id();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(BUCHAREST);
        Button schedule = new Button(getTranslation("sessions.new"), click -> scheduleDialog().open());
        schedule.setId("new-session");
        grid.addColumn(SessionView::title).setKey("title").setHeader(getTranslation("sessions.title")).setFlexGrow(1);
        grid.addColumn(s -> format.format(s.startsAt())).setKey("start").setHeader(getTranslation("sessions.start"));
        grid.addColumn(s -> getTranslation(s.cancelled() ? "sessions.cancelled" : "sessionMode." + s.mode().name()))
                .setKey("status").setHeader(getTranslation("field.status"));
        grid.addComponentColumn(s -> {
            Button cancel = new Button(getTranslation("sessions.cancel"), click -> {
                sessions.cancel(s.id());
                refresh();
            });
            cancel.setEnabled(!s.cancelled());
            Button attendance = new Button(getTranslation("sessions.attendance"), click -> showRegister(s));
            return new HorizontalLayout(attendance, cancel);
        }).setKey("actions");
        grid.setAllRowsVisible(true);
        add(schedule, grid, register);
        refresh();
    }

    private void refresh() {
        grid.setItems(sessions.sessions(cohortId));
    }

    private void showRegister(SessionView session) {
        register.removeAll();
        for (AttendanceRow row : sessions.register(session.id())) {
            RadioButtonGroup<AttendanceStatus> status = new RadioButtonGroup<>(row.name());
            status.setItems(AttendanceStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("attendance." + s.name()));
            status.setId("attendance-" + row.userId());
            if (row.status() != null) {
                status.setValue(row.status());
            }
            TextField note = new TextField();
            note.setPlaceholder(getTranslation("attendance.note"));
            note.setValue(row.note() == null ? "" : row.note());
            status.addValueChangeListener(e -> sessions.recordAttendance(session.id(), row.userId(), e.getValue(),
                    note.getValue()));
            note.addValueChangeListener(e -> {
                if (status.getValue() != null) {
                    sessions.recordAttendance(session.id(), row.userId(), status.getValue(), e.getValue());
                }
            });
            register.add(new HorizontalLayout(status, note));
        }
    }

    private Dialog scheduleDialog() {
        Dialog dialog = new Dialog(getTranslation("sessions.new"));
        TextField title = new TextField(getTranslation("sessions.title"));
        Select<SessionMode> mode = new Select<>();
        mode.setLabel(getTranslation("sessions.mode"));
        mode.setItems(SessionMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("sessionMode." + m.name()));
        mode.setValue(SessionMode.IN_PERSON);
        TextField link = new TextField(getTranslation("sessions.link"));
        TextField place = new TextField(getTranslation("sessions.place"));
        TextField address = new TextField(getTranslation("sessions.address"));
        DateTimePicker start = new DateTimePicker(getTranslation("sessions.start"));
        DateTimePicker end = new DateTimePicker(getTranslation("sessions.end"));
        start.setValue(LocalDateTime.now(BUCHAREST).plusDays(7).withHour(10).withMinute(0).withSecond(0).withNano(0));
        end.setValue(start.getValue().plusHours(2));
        FieldErrors errors = new FieldErrors().bind("title", title).bind("meetingLink", link).bind("place", place)
                .bind("endsAt", end).bind("mode", mode);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                sessions.schedule(cohortId, new SessionForm(title.getValue(), mode.getValue(), link.getValue(),
                        place.getValue(), address.getValue(),
                        start.getValue() == null ? null : start.getValue().atZone(BUCHAREST).toInstant(),
                        end.getValue() == null ? null : end.getValue().atZone(BUCHAREST).toInstant(), null, null));
                dialog.close();
                refresh();
            } catch (InvalidInputException e) {
                errors.show(e.errors()).forEach(other -> Notifications.error(getTranslation(other.messageKey())));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(title, mode, start, end, link, place, address));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        return dialog;
    }
}
