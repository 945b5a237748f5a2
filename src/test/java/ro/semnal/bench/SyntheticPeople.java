package ro.semnal.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import ro.semnal.accounts.County;
import ro.semnal.accounts.Profession;

/**
 * Who the synthetic learners are: professions and counties with a realistic skew (population of each county,
 * more in the university cities that host the training; many police officers and teachers, few judges), Romanian
 * names and the institutions they work for, built from the real naming patterns ("IPJ Cluj", "DGASPC Sector 3",
 * "Spitalul Județean de Urgență Iași").
 */
final class SyntheticPeople {

    /** 2021 census population in thousands; Bucharest, Iași, Cluj and Timișoara weighted up (training centres). */
    private static final Map<County, Double> COUNTY_WEIGHT = new EnumMap<>(County.class);
    private static final Map<County, String> SEAT = new EnumMap<>(County.class);

    static {
        Object[][] data = {
            {County.AB, 325, "Alba Iulia"}, {County.AR, 410, "Arad"}, {County.AG, 569, "Pitești"},
            {County.BC, 601, "Bacău"}, {County.BH, 551, "Oradea"}, {County.BN, 295, "Bistrița"},
            {County.BT, 392, "Botoșani"}, {County.BV, 546, "Brașov"}, {County.BR, 281, "Brăila"},
            {County.B, 1717 * 1.6, "București"}, {County.BZ, 404, "Buzău"}, {County.CS, 246, "Reșița"},
            {County.CL, 285, "Călărași"}, {County.CJ, 679 * 1.4, "Cluj-Napoca"}, {County.CT, 655, "Constanța"},
            {County.CV, 200, "Sfântu Gheorghe"}, {County.DB, 479, "Târgoviște"}, {County.DJ, 599, "Craiova"},
            {County.GL, 496, "Galați"}, {County.GR, 262, "Giurgiu"}, {County.GJ, 314, "Târgu Jiu"},
            {County.HR, 292, "Miercurea Ciuc"}, {County.HD, 361, "Deva"}, {County.IL, 250, "Slobozia"},
            {County.IS, 760 * 1.4, "Iași"}, {County.IF, 542, "Buftea"}, {County.MM, 452, "Baia Mare"},
            {County.MH, 235, "Drobeta-Turnu Severin"}, {County.MS, 518, "Târgu Mureș"}, {County.NT, 455, "Piatra Neamț"},
            {County.OT, 389, "Slatina"}, {County.PH, 696, "Ploiești"}, {County.SM, 330, "Satu Mare"},
            {County.SJ, 212, "Zalău"}, {County.SB, 388, "Sibiu"}, {County.SV, 642, "Suceava"},
            {County.TR, 324, "Alexandria"}, {County.TM, 650 * 1.3, "Timișoara"}, {County.TL, 193, "Tulcea"},
            {County.VS, 375, "Vaslui"}, {County.VL, 341, "Râmnicu Vâlcea"}, {County.VN, 336, "Focșani"},
        };
        for (Object[] row : data) {
            COUNTY_WEIGHT.put((County) row[0], ((Number) row[1]).doubleValue());
            SEAT.put((County) row[0], (String) row[2]);
        }
    }

    private static final Map<Profession, Double> PROFESSION_WEIGHT = new EnumMap<>(Map.of(
            Profession.POLICE_OFFICER, 25.0, Profession.TEACHER, 22.0, Profession.MEDICAL_STAFF, 15.0,
            Profession.SOCIAL_WORKER, 14.0, Profession.CLERGY, 6.0, Profession.OTHER, 8.0,
            Profession.PROSECUTOR, 5.0, Profession.JUDGE, 5.0));

    private static final String[] FIRST = {"Andrei", "Alexandru", "Mihai", "Ionuț", "Cristian", "Gheorghe", "Vasile",
        "Florin", "Răzvan", "Bogdan", "Ștefan", "Adrian", "Marius", "Ovidiu", "Dragoș", "Maria", "Elena", "Ioana",
        "Andreea", "Ana", "Mihaela", "Cristina", "Alexandra", "Gabriela", "Daniela", "Roxana", "Irina", "Simona",
        "Ramona", "Larisa", "Oana", "Corina", "Teodora", "Bianca", "Raluca", "Iulia", "Sorin", "Tudor", "Petru", "Lucian"};
    private static final String[] LAST = {"Popescu", "Ionescu", "Popa", "Pop", "Niculescu", "Constantin", "Stan",
        "Dumitru", "Stoica", "Gheorghe", "Matei", "Ciobanu", "Rusu", "Munteanu", "Lungu", "Mureșan", "Florea",
        "Ungureanu", "Toma", "Moldovan", "Sârbu", "Dinu", "Țurcanu", "Barbu", "Nistor", "Vasilescu", "Marin",
        "Ene", "Oprea", "Tănase", "Dobre", "Cristea", "Diaconu", "Lazăr", "Moraru", "Ardeleanu", "Neagu", "Bălan",
        "Husar", "Szabó", "Kovács", "Ștefănescu", "Iordache", "Radu", "Mihăilescu", "Zamfir", "Cozma", "Voicu"};

    private final SplittableRandom random;
    private final Map<County, Map<Profession, List<String>>> institutions = new EnumMap<>(County.class);

    SyntheticPeople(SplittableRandom random) {
        this.random = random;
        for (County county : County.values()) {
            Map<Profession, List<String>> byProfession = new EnumMap<>(Profession.class);
            for (Profession profession : Profession.values()) {
                byProfession.put(profession, institutions(profession, county));
            }
            institutions.put(county, byProfession);
        }
    }

    Profession profession() {
        return pick(PROFESSION_WEIGHT);
    }

    County county() {
        return pick(COUNTY_WEIGHT);
    }

    String name() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    /** An institution of the county for the profession; the first ones (the county's main ones) are the biggest. */
    String institution(Profession profession, County county) {
        List<String> list = institutions.get(county).get(profession);
        double u = random.nextDouble();
        return list.get((int) (list.size() * u * u));
    }

    /** Every institution name the generator can produce. */
    int institutionCount() {
        return (int) institutions.values().stream().flatMap(m -> m.values().stream()).flatMap(List::stream)
                .distinct().count();
    }

    static String seat(County county) {
        return SEAT.get(county);
    }

    private static List<String> institutions(Profession profession, County county) {
        String name = county.displayName();
        String seat = SEAT.get(county);
        List<String> list = new ArrayList<>();
        boolean bucharest = county == County.B;
        switch (profession) {
            case POLICE_OFFICER -> {
                list.add(bucharest ? "Direcția Generală de Poliție a Municipiului București" : "IPJ " + name);
                list.add(bucharest ? "Poliția Sectorului 3" : "Poliția Municipiului " + seat);
                list.add(bucharest ? "Inspectoratul General al Poliției Române" : "Poliția de Frontieră " + name);
            }
            case JUDGE -> {
                list.add(bucharest ? "Tribunalul București" : "Tribunalul " + name);
                list.add(bucharest ? "Judecătoria Sectorului 1 București" : "Judecătoria " + seat);
                if (List.of(County.B, County.CJ, County.IS, County.TM, County.CT, County.DJ, County.BV).contains(county)) {
                    list.add("Curtea de Apel " + seat);
                }
            }
            case PROSECUTOR -> {
                list.add("Parchetul de pe lângă Tribunalul " + (bucharest ? "București" : name));
                list.add("Parchetul de pe lângă Judecătoria " + (bucharest ? "Sectorului 2 București" : seat));
                list.add(bucharest ? "DIICOT – Structura Centrală" : "DIICOT – Serviciul Teritorial " + seat);
            }
            case MEDICAL_STAFF -> {
                list.add(bucharest ? "Spitalul Clinic de Urgență București" : "Spitalul Județean de Urgență " + seat);
                list.add(bucharest ? "Serviciul de Ambulanță București-Ilfov" : "Serviciul de Ambulanță Județean " + name);
                list.add(bucharest ? "Spitalul Clinic de Urgență pentru Copii „Grigore Alexandrescu”"
                        : "Spitalul Municipal " + seat);
            }
            case SOCIAL_WORKER -> {
                if (bucharest) {
                    for (int sector = 1; sector <= 6; sector++) {
                        list.add("DGASPC Sector " + sector);
                    }
                } else {
                    list.add("DGASPC " + name);
                    list.add("Direcția de Asistență Socială " + seat);
                }
                list.add("ANITP – Centrul Regional " + seat);
            }
            case TEACHER -> {
                list.add(bucharest ? "Inspectoratul Școlar al Municipiului București" : "Inspectoratul Școlar Județean " + name);
                for (int n = 1; n <= 3; n++) {
                    list.add("Școala Gimnazială nr. " + n + " " + seat);
                }
                list.add("Colegiul Național din " + seat);
                list.add("Liceul Tehnologic nr. 1 " + seat);
            }
            case CLERGY -> {
                list.add("Protoieria " + seat);
                list.add("Parohia Sfântul Nicolae " + seat);
            }
            case OTHER -> {
                list.add(bucharest ? "Primăria Municipiului București" : "Primăria Municipiului " + seat);
                list.add("Inspectoratul Teritorial de Muncă " + name);
                list.add("Asociația pentru Prevenirea Traficului " + seat);
            }
        }
        return List.copyOf(list);
    }

    private <T> T pick(Map<T, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double u = random.nextDouble() * total;
        T last = null;
        for (Map.Entry<T, Double> e : weights.entrySet()) {
            last = e.getKey();
            u -= e.getValue();
            if (u < 0) {
                return last;
            }
        }
        return last;
    }
}
