package ro.semnal.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** Reporting months: {@code yyyymm} integers in Romanian time, so a certificate issued at 00:30 on 1 March in Bucharest counts in March. */
public final class Months {

    public static final ZoneId ROMANIA = ZoneId.of("Europe/Bucharest");

    private Months() {
    }

    public static int of(Instant instant) {
        return of(YearMonth.from(instant.atZone(ROMANIA)));
    }

    public static int of(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public static int of(LocalDate date) {
        return of(YearMonth.from(date));
    }

    public static YearMonth toYearMonth(int month) {
        return YearMonth.of(month / 100, month % 100);
    }
}
