package id.kinerja.search;

import id.kinerja.account.CurrentUser;
import id.kinerja.account.UnitAccess;
import id.kinerja.agreement.Agreements;
import id.kinerja.framework.FrameworkCatalog;
import id.kinerja.framework.Indicator;
import id.kinerja.narrative.NarrativeSection;
import id.kinerja.narrative.NarrativeService;
import id.kinerja.narrative.NarrativeVersion;
import id.kinerja.organisation.Unit;
import id.kinerja.organisation.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search beside "Tugas saya" (docs/domain.md, "Who does what next"): units, IKU and LAKIN narratives by name.
 * Every word typed must appear, ignoring case. Units: those the user may see (code, name). IKU: those of the agreements
 * of the user's own unit (code, name; for a Kanwil or headquarters, of the newest framework of each code), each to its
 * page. Narratives: the sections of the user's own unit, every year of its agreements, by title or written text.
 */
@Service
public class Search {

    /** At most this many hits of each kind. */
    public static final int LIMIT = 50;

    private final Units units;
    private final UnitAccess access;
    private final Agreements agreements;
    private final FrameworkCatalog frameworks;
    private final NarrativeService narratives;

    Search(
            Units units,
            UnitAccess access,
            Agreements agreements,
            FrameworkCatalog frameworks,
            NarrativeService narratives) {
        this.units = units;
        this.access = access;
        this.agreements = agreements;
        this.frameworks = frameworks;
        this.narratives = narratives;
    }

    /** The hits of {@code query} for {@code me}: units, then IKU, then narratives; empty for a blank query. */
    @Transactional(readOnly = true)
    public List<SearchHit> find(CurrentUser me, String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        Unit own = units.findById(me.unitId()).orElse(null);
        units.findAll().stream()
                .filter(u -> access.canView(me, u.id()))
                .filter(u -> matches(words, u.code(), u.name()))
                .limit(LIMIT)
                .forEach(u -> hits.add(new SearchHit("UNIT", u.name(), u.code(), "/units/" + u.code() + "/dashboard")));
        if (own != null) {
            indicators(own, words, hits);
            narratives(own, words, hits);
        }
        return hits;
    }

    private void indicators(Unit own, List<String> words, List<SearchHit> hits) {
        List<Integer> years = agreements.yearsOf(own.id());
        int found = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = years.size() - 1; i >= 0 && found < LIMIT; i--) {
            int year = years.get(i);
            var agreement = agreements.findCurrent(own.id(), year);
            if (agreement.isEmpty()) {
                continue;
            }
            var framework = frameworks.framework(agreement.get().frameworkVersionId());
            for (var agreed : agreement.get().indicators()) {
                Indicator indicator = framework.indicator(agreed.code());
                if (found < LIMIT && seen.add(agreed.code()) && matches(words, indicator.code(), indicator.name())) {
                    hits.add(new SearchHit(
                            "INDICATOR",
                            indicator.code() + " " + indicator.name(),
                            String.valueOf(year),
                            "/units/" + own.code() + "/iku/" + indicator.code() + "?year=" + year));
                    found++;
                }
            }
        }
        if (years.isEmpty()) {
            // a Kanwil or headquarters: the newest framework version of each code
            frameworks.all().stream()
                    .map(v -> frameworks.latest(v.code()).orElse(v))
                    .distinct()
                    .forEach(v -> frameworks.framework(v.id()).indicators().stream()
                            .filter(ind -> seen.add(ind.code()))
                            .filter(ind -> matches(words, ind.code(), ind.name()))
                            .limit(LIMIT)
                            .forEach(ind -> hits.add(new SearchHit(
                                    "INDICATOR",
                                    ind.code() + " " + ind.name(),
                                    v.name(),
                                    "/frameworks/versions/" + v.id()))));
        }
    }

    private void narratives(Unit own, List<String> words, List<SearchHit> hits) {
        int found = 0;
        List<Integer> years = agreements.yearsOf(own.id());
        for (int i = years.size() - 1; i >= 0 && found < LIMIT; i--) {
            int year = years.get(i);
            Map<String, NarrativeVersion> written = narratives.latestAll(own.id(), year);
            for (NarrativeSection s : narratives.sections(own.id(), year)) {
                NarrativeVersion v = written.get(s.key());
                String text = v == null || v.content() == null
                        ? ""
                        : Jsoup.parse(v.content()).text();
                if (found < LIMIT && matches(words, s.title(), text, s.indicatorCode())) {
                    hits.add(new SearchHit(
                            "NARRATIVE",
                            (s.indicatorCode() == null ? "" : s.indicatorCode() + " · ") + s.title(),
                            String.valueOf(year),
                            "/units/" + own.code() + "/narratives/" + s.key() + "?year=" + year));
                    found++;
                }
            }
        }
    }

    static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return List.of(query.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    static boolean matches(List<String> words, String... fields) {
        StringBuilder text = new StringBuilder();
        for (String f : fields) {
            if (f != null) {
                text.append(f.toLowerCase(Locale.ROOT)).append(' ');
            }
        }
        return words.stream().allMatch(w -> text.indexOf(w) >= 0);
    }
}
