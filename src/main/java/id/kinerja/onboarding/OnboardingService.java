package id.kinerja.onboarding;

import id.kinerja.account.AccountService;
import id.kinerja.account.Role;
import id.kinerja.agreement.AgreementStatus;
import id.kinerja.agreement.Agreements;
import id.kinerja.agreement.PerformanceAgreement;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.realization.Realization;
import id.kinerja.realization.RealizationQueries;
import id.kinerja.realization.RealizationStatus;
import id.kinerja.scorecard.ScorecardNotFoundException;
import id.kinerja.scorecard.ScorecardService;
import id.kinerja.web.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a new office stands on its way from nothing to a scored first quarter (docs/user-guide.md "A new office in ten
 * minutes"): each step read from the data itself, never ticked by hand, so the page is true on every node and after
 * every import. A step is done, to do, or waiting for an earlier one.
 */
@Service
public class OnboardingService {

    /** The quarter a new office scores first. */
    static final Period FIRST = Period.Q1;

    /** The roles an office needs before its first quarter: who enters, who administers, who approves and signs. */
    static final List<Role> NEEDED_ROLES = List.of(Role.PERFORMANCE_ADMIN, Role.PIC, Role.HEAD);

    private final MessageSource messages;
    private final Formats formats;
    private final AccountService accounts;
    private final Agreements agreements;
    private final RealizationQueries realizations;
    private final ScorecardService scorecards;

    OnboardingService(
            MessageSource messages,
            Formats formats,
            AccountService accounts,
            Agreements agreements,
            RealizationQueries realizations,
            ScorecardService scorecards) {
        this.messages = messages;
        this.formats = formats;
        this.accounts = accounts;
        this.agreements = agreements;
        this.realizations = realizations;
        this.scorecards = scorecards;
    }

    /** The steps of the unit's year, in the order they are done. */
    @Transactional(readOnly = true)
    public List<OnboardingStep> steps(Unit unit, int year, Locale locale) {
        List<OnboardingStep> steps = new ArrayList<>();
        List<String> missing = missingUnitFacts(unit);
        steps.add(new OnboardingStep(
                OnboardingStep.Kind.UNIT,
                missing.isEmpty() ? OnboardingStep.State.DONE : OnboardingStep.State.OPEN,
                List.of(String.join(
                        ", ",
                        missing.stream()
                                .map(field -> messages.getMessage("unit.field." + field, null, locale))
                                .toList()))));

        Set<Role> held = accounts.rolesHeld(unit.id());
        List<String> lacking = NEEDED_ROLES.stream()
                .filter(r -> !held.contains(r))
                .map(r -> "en".equals(locale.getLanguage()) ? r.english() : r.indonesian())
                .toList();
        steps.add(new OnboardingStep(
                OnboardingStep.Kind.ACCOUNTS,
                lacking.isEmpty() ? OnboardingStep.State.DONE : OnboardingStep.State.OPEN,
                List.of(String.join(", ", lacking))));

        Optional<PerformanceAgreement> current = agreements.findCurrent(unit.id(), year);
        Optional<PerformanceAgreement> agreement =
                current.isPresent() ? current : agreements.findDraft(unit.id(), year);
        steps.add(new OnboardingStep(
                OnboardingStep.Kind.AGREEMENT,
                agreement.isPresent() ? OnboardingStep.State.DONE : OnboardingStep.State.OPEN,
                List.of(agreement.map(a -> a.indicators().size()).orElse(0))));

        if (agreement.isEmpty()) {
            steps.add(waiting(OnboardingStep.Kind.TARGETS));
            steps.add(waiting(OnboardingStep.Kind.SIGNED));
        } else {
            PerformanceAgreement a = agreement.get();
            long withoutTarget = a.indicators().stream()
                    .filter(i -> !i.targets().containsKey(Period.Y))
                    .count();
            boolean targets = !a.indicators().isEmpty() && withoutTarget == 0;
            steps.add(new OnboardingStep(
                    OnboardingStep.Kind.TARGETS,
                    targets ? OnboardingStep.State.DONE : OnboardingStep.State.OPEN,
                    List.of(withoutTarget, a.indicators().size())));
            steps.add(new OnboardingStep(
                    OnboardingStep.Kind.SIGNED,
                    a.status() == AgreementStatus.SIGNED
                            ? OnboardingStep.State.DONE
                            : targets ? OnboardingStep.State.OPEN : OnboardingStep.State.WAITING,
                    List.of()));
        }

        if (current.isEmpty()) {
            steps.add(waiting(OnboardingStep.Kind.REALIZATIONS));
            steps.add(waiting(OnboardingStep.Kind.SCORED));
            return List.copyOf(steps);
        }
        // the IKU measured in the first quarter: those with a target for it (an IKU reported by semester or year has
        // none)
        Set<String> agreed = current.get().indicators().stream()
                .filter(i -> i.targets().containsKey(FIRST))
                .map(PerformanceAgreement.Indicator::code)
                .collect(Collectors.toSet());
        long approved = realizations.realizations(unit.id(), year).stream()
                .filter(r -> r.period() == FIRST && r.status() == RealizationStatus.APPROVED)
                .map(Realization::indicatorCode)
                .filter(agreed::contains)
                .distinct()
                .count();
        steps.add(new OnboardingStep(
                OnboardingStep.Kind.REALIZATIONS,
                approved == agreed.size() ? OnboardingStep.State.DONE : OnboardingStep.State.OPEN,
                List.of(approved, agreed.size())));
        BigDecimal nko = nko(unit, year);
        steps.add(new OnboardingStep(
                OnboardingStep.Kind.SCORED,
                nko != null ? OnboardingStep.State.DONE : OnboardingStep.State.OPEN,
                nko != null ? List.of(formats.index(nko, locale)) : List.of()));
        return List.copyOf(steps);
    }

    private BigDecimal nko(Unit unit, int year) {
        try {
            return scorecards.score(unit.code(), year, FIRST).scorecard().nko();
        } catch (ScorecardNotFoundException e) {
            return null;
        }
    }

    /**
     * The unit facts Bab I and the signature blocks print, by their field names in the unit form (the page shows the
     * form's labels for them).
     */
    static List<String> missingUnitFacts(Unit unit) {
        List<String> missing = new ArrayList<>();
        if (blank(unit.officialCode())) {
            missing.add("officialCode");
        }
        if (blank(unit.headName())) {
            missing.add("headName");
        }
        if (blank(unit.address())) {
            missing.add("address");
        }
        if (unit.areas().isEmpty()) {
            missing.add("areas");
        }
        if (blank(unit.headPosition())) {
            missing.add("headPosition");
        }
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static OnboardingStep waiting(OnboardingStep.Kind kind) {
        return new OnboardingStep(kind, OnboardingStep.State.WAITING, List.of());
    }
}
