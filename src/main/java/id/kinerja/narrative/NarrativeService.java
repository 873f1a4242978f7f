package id.kinerja.narrative;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The office's prose for the documents. {@link #texts} is what the LAKIN prints: the latest version of each
 * section, ready to insert.
 */
@Service
public class NarrativeService {

    private final NarrativeRepository repository;

    NarrativeService(NarrativeRepository repository) {
        this.repository = repository;
    }

    /** The printable text of each section (in the order given), for a unit's year. */
    @Transactional(readOnly = true)
    public Map<String, NarrativeText> texts(long unitId, int year, List<NarrativeSection> sections) {
        Map<String, NarrativeRepository.Version> latest = repository.latestAll(unitId, year);
        Map<String, NarrativeText> out = new LinkedHashMap<>();
        for (NarrativeSection s : sections) {
            NarrativeRepository.Version v = latest.get(s.key());
            out.put(s.key(), v == null
                    ? new NarrativeText(s, "", 0, List.of())
                    : new NarrativeText(s, v.content(), v.version(), List.of()));
        }
        return out;
    }
}
