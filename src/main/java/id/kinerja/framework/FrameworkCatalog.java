package id.kinerja.framework;

import id.kinerja.framework.internal.FrameworkVersionRepository;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The frameworks (Manual IKU) this installation knows: the files shipped in the jar under
 * {@code frameworks/}, plus those in {@code kinerja.frameworks-dir}. Each file is validated on load
 * (a bad file stops the start with the loader's problems, naming file, line and place) and recorded
 * in {@code framework_version} by content, so an agreement always points at the exact text it was
 * made with. A year is added by a file, or by publishing a draft of the framework editor ({@link #publish}), which
 * records it in the same table: every node reads the versions from the database, so a version published on one node
 * is found by year ({@link #ofYear}) on all. Storing a new version publishes {@link FrameworkPublished} in the same
 * transaction.
 */
@Service
public class FrameworkCatalog implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FrameworkCatalog.class);

    private final FrameworkVersionRepository versions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final FrameworkProperties properties;
    private final Map<Long, Framework> byVersionId = new ConcurrentHashMap<>();
    private final Map<Long, FrameworkVersion> versionsById = new ConcurrentHashMap<>();

    FrameworkCatalog(
            FrameworkVersionRepository versions,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            FrameworkProperties properties) {
        this.versions = versions;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
    }

    /** A framework file's text with where it came from. */
    record Source(String name, String content) {}

    /** At start-up, after the migrations: a bad framework file stops the start, naming its problems. */
    @Override
    public void afterSingletonsInstantiated() {
        synchronise();
    }

    /** Loads and records every known framework file. */
    public List<FrameworkVersion> synchronise() {
        List<FrameworkProblem> problems = new ArrayList<>();
        List<FrameworkVersion> versions = new ArrayList<>();
        for (Source source : sources()) {
            try {
                Framework framework = FrameworkLoader.load(source.name(), new StringReader(source.content()));
                versions.add(register(framework, source));
            } catch (FrameworkValidationException e) {
                problems.addAll(e.getProblems());
            }
        }
        if (!problems.isEmpty()) {
            throw new FrameworkValidationException(problems);
        }
        return versions;
    }

    private List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        try {
            Resource[] shipped = new PathMatchingResourcePatternResolver().getResources("classpath*:frameworks/*.yaml");
            for (Resource r : shipped) {
                sources.add(new Source("frameworks/" + r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8)));
            }
            Optional<Path> configured = properties.directory();
            if (configured.isPresent()) {
                Path dir = configured.get();
                if (!Files.isDirectory(dir)) {
                    throw new IllegalStateException(
                            "kinerja.frameworks-dir is not a directory: " + dir.toAbsolutePath());
                }
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".yaml")
                                    || f.toString().endsWith(".yml"))
                            .sorted()
                            .toList()) {
                        sources.add(new Source(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the framework files", e);
        }
        return sources;
    }

    private FrameworkVersion register(Framework framework, Source source) {
        String sha = sha256(source.content());
        Optional<FrameworkVersion> known = versions.findByContent(framework.id(), sha);
        if (known.isPresent()) {
            byVersionId.put(known.get().id(), framework);
            return known.get();
        }
        // the new row and its event commit together: a listener never misses a stored version
        FrameworkVersion stored = transactions.execute(status -> {
            FrameworkVersion v = versions.insertNextVersion(
                    framework.id(), framework.year(), framework.name(), sha, source.content(), source.name());
            events.publishEvent(new FrameworkPublished(v.id(), v.code(), v.year(), v.version()));
            return v;
        });
        log.info("Framework {} recorded as version {} (from {})", framework.id(), stored.version(), source.name());
        byVersionId.put(stored.id(), framework);
        return stored;
    }

    /**
     * The problems the file loader finds in {@code text} (the same binder, validator and messages), in the order of
     * the text; empty when it loads.
     */
    public List<FrameworkProblem> problems(String sourceName, String text) {
        try {
            FrameworkLoader.load(sourceName, new StringReader(text));
            return List.of();
        } catch (FrameworkValidationException e) {
            return e.getProblems();
        }
    }

    /** The version of {@code code} already recorded with exactly this text, if any. */
    public Optional<FrameworkVersion> recordedAs(String code, String text) {
        return versions.findByContent(code, sha256(text));
    }

    /**
     * Records {@code text} as the next version of its framework code, published in the editor by {@code publishedBy}
     * (docs/domain.md §3): validated by the file loader first (a {@link FrameworkValidationException} records
     * nothing), stored exactly as given and announced by {@link FrameworkPublished}, in the caller's transaction when
     * there is one. A version already recorded with the same text is refused ({@link IllegalStateException}): the
     * caller checks {@link #recordedAs} first.
     */
    public FrameworkVersion publish(String sourceName, String text, String publishedBy, Long basedOnVersionId) {
        Framework framework = FrameworkLoader.load(sourceName, new StringReader(text));
        String sha = sha256(text);
        if (versions.findByContent(framework.id(), sha).isPresent()) {
            throw new IllegalStateException("framework " + framework.id() + " already recorded with this text");
        }
        FrameworkVersion stored = transactions.execute(status -> {
            FrameworkVersion v = versions.insertNextVersion(
                    framework.id(),
                    framework.year(),
                    framework.name(),
                    sha,
                    text,
                    sourceName,
                    new FrameworkVersionRepository.Publication(FrameworkVersion.EDITOR, publishedBy, basedOnVersionId));
            events.publishEvent(new FrameworkPublished(v.id(), v.code(), v.year(), v.version()));
            return v;
        });
        log.info("Framework {} published as version {} by {}", framework.id(), stored.version(), publishedBy);
        byVersionId.put(stored.id(), framework);
        return stored;
    }

    /** The recorded text of a version, exactly as loaded or published (its export). */
    public Optional<String> text(long versionId) {
        return versions.text(versionId).map(FrameworkVersionRepository.StoredText::content);
    }

    /**
     * The recorded versions of a year, newest first, from the database (so a version published on another node is
     * included); the first is the one a new agreement of that year takes unless another is chosen.
     */
    public List<FrameworkVersion> ofYear(int year) {
        return versions.ofYear(year);
    }

    /** The newest recorded version of a framework code, e.g. {@code djp-kpp-pratama-2024}. */
    public Optional<FrameworkVersion> latest(String code) {
        return versions.latest(code);
    }

    public List<FrameworkVersion> all() {
        return versions.all();
    }

    /**
     * A recorded version by id. Recorded versions never change, so each is read from the database once;
     * scoring asks for it on every page.
     */
    public Optional<FrameworkVersion> version(long versionId) {
        FrameworkVersion known = versionsById.get(versionId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<FrameworkVersion> read = versions.findById(versionId);
        read.ifPresent(v -> versionsById.put(versionId, v));
        return read;
    }

    /** The framework of a recorded version, parsed from the stored text (so old agreements keep their manual). */
    public Framework framework(long versionId) {
        return byVersionId.computeIfAbsent(versionId, id -> {
            var row = versions.text(id)
                    .orElseThrow(() -> new IllegalArgumentException("Unknown framework version " + id));
            return FrameworkLoader.load(row.source(), new StringReader(row.content()));
        });
    }

    static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
