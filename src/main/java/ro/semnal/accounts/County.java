package ro.semnal.accounts;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Romania's 41 counties and the Municipality of Bucharest, by their official two-letter codes
 * (the codes of vehicle registration plates and ISO 3166-2:RO). Stored by code.
 */
public enum County {
    AB("Alba"), AR("Arad"), AG("Argeș"), BC("Bacău"), BH("Bihor"), BN("Bistrița-Năsăud"),
    BT("Botoșani"), BV("Brașov"), BR("Brăila"), B("București"), BZ("Buzău"), CS("Caraș-Severin"),
    CL("Călărași"), CJ("Cluj"), CT("Constanța"), CV("Covasna"), DB("Dâmbovița"), DJ("Dolj"),
    GL("Galați"), GR("Giurgiu"), GJ("Gorj"), HR("Harghita"), HD("Hunedoara"), IL("Ialomița"),
    IS("Iași"), IF("Ilfov"), MM("Maramureș"), MH("Mehedinți"), MS("Mureș"), NT("Neamț"),
    OT("Olt"), PH("Prahova"), SM("Satu Mare"), SJ("Sălaj"), SB("Sibiu"), SV("Suceava"),
    TR("Teleorman"), TM("Timiș"), TL("Tulcea"), VS("Vaslui"), VL("Vâlcea"), VN("Vrancea");

    private final String displayName;

    County(String displayName) {
        this.displayName = displayName;
    }

    /** The county's proper name, the same in both languages. */
    public String displayName() {
        return displayName;
    }

    /** All counties in alphabetical order of their names, as a person expects to find them in a list. */
    public static List<County> alphabetical() {
        return Arrays.stream(values()).sorted(Comparator.comparing(County::displayName, java.text.Collator.getInstance(
                java.util.Locale.of("ro")))).toList();
    }
}
