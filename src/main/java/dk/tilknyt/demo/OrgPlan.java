package dk.tilknyt.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The invented municipality's org tree, scaled to a number of employees: Solby Kommune with five
 * departments, Social &amp; Sundhed the big one. At scale 1 (about 1,500 employees) it has four care
 * homes in two areas, two home-care districts with day, evening and night teams, three homes in social
 * psychiatry and disability, and so on; larger scales add units of the same kinds rather than
 * inflating them, so every unit keeps a realistic size.
 */
final class OrgPlan {

    private static final List<String> AREAS = List.of("Nord", "Syd", "Øst", "Vest", "Midt", "Nordvest", "Sydøst",
            "Nordøst", "Sydvest", "Centrum", "Havnen", "Skoven");
    private static final List<String> DISTRICTS = List.of("Øst", "Vest", "Nord", "Syd", "Midt", "Centrum", "Strand",
            "Bakken", "Engen", "Åen");
    private static final List<String> CARE_HOMES = List.of("Solbakken", "Egebo", "Lærkehøj", "Kildevang", "Bøgely",
            "Rosenhaven", "Skovbrynet", "Engely", "Søndergården", "Birkely", "Fjordblik", "Mosebo", "Ahornparken",
            "Lindegården", "Havebo", "Toftegården", "Elmelund", "Strandlyst", "Nørrevang", "Åbrinken");
    private static final List<String> PSYCH_HOMES = List.of("Bostedet Lindely", "Botilbud Kastanjen",
            "Bofællesskabet Ahornvej", "Bostedet Granly", "Botilbud Havbrisen", "Bofællesskabet Kløverhuset",
            "Bostedet Pilegården", "Botilbud Vibehus");
    private static final List<String> DAYCARES = List.of("Børnehuset Mælkebøtten", "Vuggestuen Troldehøj",
            "Børnehaven Regnbuen", "Børnehuset Spiren", "Naturbørnehaven Skovmusen", "Børnehuset Solsikken",
            "Vuggestuen Humlebien", "Børnehuset Kernehuset", "Børnehaven Æblehaven", "Børnehuset Myretuen");

    /** One planned unit with the headcount it is staffed for. {@code layer} is fixed for shift teams. */
    record PlannedUnit(String id, String name, String parentId, String level, UnitKind kind, String layer,
                       int size, boolean withLeader) {
    }

    private final List<PlannedUnit> units = new ArrayList<>();
    private final double scale;

    private OrgPlan(double scale) {
        this.scale = scale;
    }

    List<PlannedUnit> units() {
        return units;
    }

    static OrgPlan build(int employees) {
        OrgPlan plan = new OrgPlan(employees / 1500.0);
        plan.municipality();
        double base = plan.units.stream().mapToInt(PlannedUnit::size).sum();
        double factor = employees / base;
        plan.units.replaceAll(u -> new PlannedUnit(u.id(), u.name(), u.parentId(), u.level(), u.kind(), u.layer(),
                Math.max(1, (int) Math.round(u.size() * factor)), u.withLeader()));
        return plan;
    }

    private void municipality() {
        add(MunicipalityGenerator.ROOT, "Solby Kommune", null, "municipality", UnitKind.MANAGEMENT, 6);
        socialAndHealth();
        childrenAndYouth();
        String tm = department("tm", "Teknik & Miljø");
        unitsOf(tm, "Vej og Park", UnitKind.ROADS_PARKS);
        unitsOf(tm, "Byg og Miljø", UnitKind.PLANNING);
        unitsOf(tm, "Ejendomsservice", UnitKind.FACILITIES);
        String kf = department("kf", "Kultur & Fritid");
        unitsOf(kf, "Solby Bibliotek", UnitKind.LIBRARY);
        unitsOf(kf, "Kulturhuset Kilden", UnitKind.CULTURE_HOUSE);
        unitsOf(kf, "Solby Idrætscenter", UnitKind.SPORTS);
        String adm = department("adm", "Administration");
        unitsOf(adm, "HR og Løn", UnitKind.OFFICE);
        unitsOf(adm, "Økonomi", UnitKind.OFFICE);
        unitsOf(adm, "IT og Digitalisering", UnitKind.OFFICE);
        unitsOf(adm, "Borgerservice", UnitKind.OFFICE);
        unitsOf(adm, "Jobcenter Solby", UnitKind.JOBCENTER);
    }

    private void socialAndHealth() {
        String sos = department(MunicipalityGenerator.SOCIAL_AND_HEALTH, "Social & Sundhed");
        int careHomes = count(4, 2);
        List<String> areas = areas(sos, "Område ", "omr-", careHomes);
        int perArea = (careHomes + areas.size() - 1) / areas.size();
        for (int i = 0; i < careHomes; i++) {
            String name = numbered(CARE_HOMES, i);
            unit(areas.get(i / perArea), "Plejecenter " + name, "pc-" + slug(name), UnitKind.CARE_HOME);
        }
        for (int a = 0; a < areas.size(); a++) {
            String area = numbered(AREAS, a);
            unit(areas.get(a), "Afløserpuljen " + area, "pulje-" + slug(area), UnitKind.POOL);
        }

        String homeCare = area(sos, "hjemmeplejen", "Hjemmeplejen");
        for (int i = 0, n = count(2, 2); i < n; i++) {
            String district = numbered(DISTRICTS, i);
            String office = unit(homeCare, "Hjemmepleje Distrikt " + district, "hp-" + slug(district),
                    UnitKind.HOME_CARE_OFFICE);
            team(office, "Hjemmepleje " + district + ", dagteam", office + "-dag", "day", 60);
            team(office, "Hjemmepleje " + district + ", aftenteam", office + "-aften", "evening", 28);
            team(office, "Hjemmepleje " + district + ", natteam", office + "-nat", "night", 10);
        }

        String psych = area(sos, "sph", "Socialpsykiatri og Handicap");
        for (int i = 0, n = count(3, 2); i < n; i++) {
            String name = numbered(PSYCH_HOMES, i);
            unit(psych, name, "bo-" + slug(name.substring(name.indexOf(' ') + 1)), UnitKind.PSYCH_HOME);
        }
        unitsOf(psych, "Støttecentret", UnitKind.SUPPORT_CENTRE);

        String health = area(sos, "sundhed", "Sundhed");
        unitsOf(health, "Sundhedsplejen", UnitKind.HEALTH_VISITORS);
        unitsOf(health, "Den kommunale tandpleje", UnitKind.DENTAL_CLINIC);
        unitsOf(health, "Træning og Rehabilitering", UnitKind.THERAPY);
        unitsOf(health, "Sygeplejen", UnitKind.NURSING);

        String assessment = area(sos, "visitation", "Visitation og Service");
        unitsOf(assessment, "Visitationen", UnitKind.ASSESSMENT);
        unitsOf(assessment, "Madservice Solby", UnitKind.KITCHEN);
    }

    private void childrenAndYouth() {
        String bu = department("bu", "Børn & Unge");
        int daycares = count(6, 2);
        List<String> areas = areas(bu, "Dagtilbud ", "dag-", daycares * 2 / 3);
        int perArea = (daycares + areas.size() - 1) / areas.size();
        for (int i = 0; i < daycares; i++) {
            String name = numbered(DAYCARES, i);
            unit(areas.get(i / perArea), name, "dt-" + slug(name.substring(name.indexOf(' ') + 1)), UnitKind.DAYCARE);
        }
        String family = area(bu, "familie", "Familie og Rådgivning");
        unitsOf(family, "Familieafdelingen", UnitKind.FAMILY);
        unitsOf(family, "PPR", UnitKind.PPR);
    }

    private List<String> areas(String parent, String prefix, String idPrefix, int units) {
        int n = Math.max(2, (int) Math.round(2 * Math.sqrt(scale)));
        n = Math.min(n, Math.max(2, units));
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            String name = numbered(AREAS, a);
            ids.add(area(parent, idPrefix + slug(name), prefix + name));
        }
        return ids;
    }

    private int count(int atScaleOne, int minimum) {
        return Math.max(minimum, (int) Math.round(atScaleOne * scale));
    }

    private String department(String id, String name) {
        return add(id, name, MunicipalityGenerator.ROOT, "department", UnitKind.MANAGEMENT, 3);
    }

    private String area(String parent, String id, String name) {
        return add(id, name, parent, "area", UnitKind.MANAGEMENT, 2);
    }

    private String unit(String parent, String name, String id, UnitKind kind) {
        return add(id, name, parent, "unit", kind, kind.baseSize);
    }

    /** One unit of a kind at scale 1, more (named by district) at larger scales. */
    private void unitsOf(String parent, String name, UnitKind kind) {
        int n = count(1, 1);
        for (int i = 0; i < n; i++) {
            String district = numbered(DISTRICTS, i);
            unit(parent, n == 1 ? name : name + " " + district, n == 1 ? slug(name) : slug(name + "-" + district), kind);
        }
    }

    private void team(String parent, String name, String id, String layer, int baseSize) {
        units.add(new PlannedUnit(id, name, parent, "team", UnitKind.HOME_CARE_TEAM, layer, baseSize, false));
    }

    private String add(String id, String name, String parent, String level, UnitKind kind, int baseSize) {
        units.add(new PlannedUnit(id, name, parent, level, kind, null, baseSize, true));
        return id;
    }

    /** The i-th name of a list, with a number once the list is used up ("Solbakken 2"). */
    static String numbered(List<String> names, int i) {
        String name = names.get(i % names.size());
        return i < names.size() ? name : name + " " + (i / names.size() + 1);
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
