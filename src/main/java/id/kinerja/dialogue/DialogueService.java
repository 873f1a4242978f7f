package id.kinerja.dialogue;

import id.kinerja.account.Account;
import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.dialogue.internal.DialogueRepository;
import id.kinerja.framework.Period;
import id.kinerja.organisation.Unit;
import id.kinerja.web.UserError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance dialogue of a unit (docs/domain.md, "The performance dialogue"): the one home of its rules for the
 * page and every other path. A meeting is recorded whole (its follow-ups with it) or not at all; its performance
 * administrator or head records and removes it; a follow-up is marked done by its owner or the performance
 * administrator. Every change is in the audit trail (entity {@code dialogue}).
 */
@Service
public class DialogueService {

    public static final String ENTITY = "dialogue";
    public static final int MAX_PARTICIPANTS = 2000;
    public static final int MAX_TEXT = 20000;
    public static final int MAX_FOLLOW_UP = 1000;
    public static final int MAX_FOLLOW_UPS = 20;

    /** A follow-up as typed: what, the owner's username, the due date (yyyy-MM-dd, the date field's value). */
    public record FollowUpForm(String text, String owner, String dueOn) {
        boolean blank() {
            return isBlank(text) && isBlank(owner) && isBlank(dueOn);
        }
    }

    /** A meeting as typed on the form. */
    public record MeetingForm(
            String kind,
            String quarter,
            String heldOn,
            String participants,
            String minutes,
            String decisions,
            boolean riskMonitoringDiscussed,
            List<FollowUpForm> followUps) {}

    private final DialogueRepository repository;
    private final AccountService accounts;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    DialogueService(
            DialogueRepository repository,
            AccountService accounts,
            AuditLog audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.repository = repository;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
    }

    /** Who records and removes a unit's dialogues: its performance administrator and its head. */
    public static boolean mayRecord(CurrentUser me, Unit unit) {
        return me.unitId() == unit.id() && (me.has(Role.PERFORMANCE_ADMIN) || me.has(Role.HEAD));
    }

    /** The meetings of a unit's year with their follow-ups, by date. */
    @Transactional(readOnly = true)
    public List<Meeting> meetings(long unitId, int year) {
        List<DialogueRepository.MeetingRow> rows = repository.meetings(unitId, year);
        Map<Long, List<FollowUp>> followUps =
                followUps(rows.stream().map(DialogueRepository.MeetingRow::id).toList());
        return rows.stream()
                .map(r -> new Meeting(
                        r.id(),
                        r.unitId(),
                        r.year(),
                        r.quarter(),
                        r.kind(),
                        r.heldOn(),
                        r.participants(),
                        r.minutes(),
                        r.decisions(),
                        r.riskMonitoringDiscussed(),
                        r.createdBy(),
                        r.createdAt(),
                        r.rowVersion(),
                        followUps.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /**
     * The open follow-ups owned by an account, with their meeting, oldest due first. "Tugas saya" asks this on every
     * visit: each unit-year's meetings are read once, however many of its follow-ups the person owns.
     */
    @Transactional(readOnly = true)
    public List<Map.Entry<Meeting, FollowUp>> openFollowUpsOf(long accountId) {
        Map<String, List<Meeting>> byUnitYear = new java.util.HashMap<>();
        List<Map.Entry<Meeting, FollowUp>> out = new ArrayList<>();
        for (DialogueRepository.FollowUpRow f : repository.openFollowUpsOf(accountId)) {
            repository
                    .meeting(f.meetingId())
                    .ifPresent(m ->
                            byUnitYear
                                    .computeIfAbsent(m.unitId() + "/" + m.year(), k -> meetings(m.unitId(), m.year()))
                                    .stream()
                                    .filter(meeting -> meeting.id() == m.id())
                                    .findFirst()
                                    .ifPresent(meeting -> meeting.followUps().stream()
                                            .filter(x -> x.id() == f.id())
                                            .findFirst()
                                            .ifPresent(fu -> out.add(Map.entry(meeting, fu)))));
        }
        return out;
    }

    /** Records a meeting and its follow-ups, all or nothing; a refusal names the field (and the follow-up's row). */
    @Transactional
    public Meeting record(CurrentUser me, Unit unit, int year, MeetingForm form) {
        require(mayRecord(me, unit));
        DialogueKind kind = parseKind(form.kind());
        Period quarter = parseQuarter(form.quarter());
        LocalDate heldOn = date(form.heldOn(), "dialogue.field.heldOn", null);
        if (heldOn.getYear() != year && heldOn.getYear() != year + 1) {
            throw UserError.invalid(
                    "dialogue.error.heldOnYear", form.heldOn().strip(), String.valueOf(year), String.valueOf(year + 1));
        }
        String participants = text(form.participants(), MAX_PARTICIPANTS, "dialogue.field.participants", true);
        String minutes = text(form.minutes(), MAX_TEXT, "dialogue.field.minutes", false);
        String decisions = text(form.decisions(), MAX_TEXT, "dialogue.field.decisions", false);
        List<FollowUpForm> typed = form.followUps() == null ? List.of() : form.followUps();
        Map<String, Account> members = accounts.membersOf(unit.id()).stream()
                .collect(Collectors.toMap(Account::username, Function.identity()));
        record Checked(String text, Account owner, LocalDate dueOn) {}
        List<Checked> followUps = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            FollowUpForm f = typed.get(i);
            if (f == null || f.blank()) {
                continue;
            }
            int row = i + 1;
            if (isBlank(f.text())) {
                throw UserError.invalid("dialogue.error.followUp.text", row);
            }
            if (f.text().strip().length() > MAX_FOLLOW_UP) {
                throw UserError.invalid("dialogue.error.followUp.tooLong", row, MAX_FOLLOW_UP);
            }
            Account owner = isBlank(f.owner()) ? null : members.get(f.owner().strip());
            if (owner == null) {
                throw UserError.invalid("dialogue.error.followUp.owner", row, isBlank(f.owner()) ? "" : f.owner());
            }
            LocalDate due = date(f.dueOn(), "dialogue.field.dueOn", row);
            followUps.add(new Checked(f.text().strip(), owner, due));
        }
        if (followUps.size() > MAX_FOLLOW_UPS) {
            throw UserError.invalid("dialogue.error.followUp.tooMany", MAX_FOLLOW_UPS);
        }
        long id = repository.insertMeeting(
                unit.id(),
                year,
                quarter,
                kind,
                heldOn,
                participants,
                minutes,
                decisions,
                form.riskMonitoringDiscussed(),
                me.username());
        for (int i = 0; i < followUps.size(); i++) {
            Checked c = followUps.get(i);
            repository.insertFollowUp(id, i + 1, c.text(), c.owner().id(), c.dueOn());
        }
        Meeting meeting = find(unit, id);
        audit.record(
                me.username(), unit.id(), ENTITY, key(meeting), AuditAction.CREATE, null, auditText(meeting), null);
        List<DialogueRecorded.Assigned> assigned = new ArrayList<>();
        for (int i = 0; i < followUps.size(); i++) {
            FollowUp f = meeting.followUps().get(i);
            assigned.add(new DialogueRecorded.Assigned(
                    f.id(), f.text(), followUps.get(i).owner().username(), f.dueOn()));
        }
        events.publishEvent(new DialogueRecorded(
                meeting.id(),
                unit.id(),
                unit.code(),
                year,
                meeting.quarter(),
                meeting.kind(),
                me.username(),
                assigned));
        return meeting;
    }

    /** Marks a follow-up done: its owner or the unit's performance administrator. */
    @Transactional
    public FollowUp complete(CurrentUser me, Unit unit, long followUpId, String note) {
        // only the unit's own staff can own a follow-up or administer them
        require(me.unitId() == unit.id());
        DialogueRepository.FollowUpRow row =
                repository.followUp(followUpId).orElseThrow(() -> UserError.conflict("dialogue.error.followUp.gone"));
        Meeting meeting = find(unit, row.meetingId());
        boolean owner = row.ownerId() == me.id();
        boolean administrator = me.unitId() == unit.id() && me.has(Role.PERFORMANCE_ADMIN);
        require(owner || administrator);
        String why = text(note, MAX_FOLLOW_UP, "dialogue.field.doneNote", false);
        if (!repository.complete(followUpId, me.username(), why)) {
            throw UserError.conflict("dialogue.error.followUp.done", row.position());
        }
        audit.record(
                me.username(),
                unit.id(),
                ENTITY,
                key(meeting) + "/" + row.position(),
                AuditAction.FOLLOW_UP_DONE,
                row.text(),
                why == null ? row.text() : row.text() + " | " + why,
                null);
        return find(unit, meeting.id()).followUps().stream()
                .filter(f -> f.id() == followUpId)
                .findFirst()
                .orElseThrow();
    }

    /** Removes a recorded meeting with its follow-ups, at the row version the page showed. */
    @Transactional
    public void delete(CurrentUser me, Unit unit, long meetingId, int rowVersion) {
        require(mayRecord(me, unit));
        Meeting meeting = find(unit, meetingId);
        if (!repository.delete(meetingId, rowVersion)) {
            throw UserError.conflict("dialogue.error.stale");
        }
        audit.record(
                me.username(), unit.id(), ENTITY, key(meeting), AuditAction.DELETE, auditText(meeting), null, null);
    }

    /** The audit key: {@code <year>/<quarter>/<kind>-<id>}. */
    static String key(Meeting m) {
        return m.year() + "/" + m.quarter().name() + "/" + m.kind().name() + "-" + m.id();
    }

    private Meeting find(Unit unit, long id) {
        DialogueRepository.MeetingRow row = repository
                .meeting(id)
                .filter(m -> m.unitId() == unit.id())
                .orElseThrow(() -> UserError.conflict("dialogue.error.gone"));
        return meetings(unit.id(), row.year()).stream()
                .filter(m -> m.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private Map<Long, List<FollowUp>> followUps(List<Long> meetingIds) {
        List<DialogueRepository.FollowUpRow> rows = repository.followUps(meetingIds);
        Map<Long, String> names = rows.stream()
                .map(DialogueRepository.FollowUpRow::ownerId)
                .distinct()
                .collect(Collectors.toMap(
                        Function.identity(),
                        id -> accounts.findById(id).map(Account::displayName).orElse("#" + id)));
        return rows.stream()
                .map(r -> new FollowUp(
                        r.id(),
                        r.meetingId(),
                        r.position(),
                        r.text(),
                        r.ownerId(),
                        names.get(r.ownerId()),
                        r.dueOn(),
                        r.doneBy(),
                        r.doneAt(),
                        r.doneNote()))
                .collect(Collectors.groupingBy(FollowUp::meetingId));
    }

    private static String auditText(Meeting m) {
        StringBuilder sb = new StringBuilder()
                .append(m.kind())
                .append(' ')
                .append(m.quarter())
                .append(' ')
                .append(m.heldOn())
                .append(m.riskMonitoringDiscussed() ? " [risiko]" : "")
                .append(m.minutesRecorded() ? " [notulen]" : "")
                .append(": ")
                .append(m.participants());
        m.followUps()
                .forEach(f -> sb.append(" | ")
                        .append(f.position())
                        .append(". ")
                        .append(f.text())
                        .append(" (")
                        .append(f.ownerName())
                        .append(", ")
                        .append(f.dueOn())
                        .append(')'));
        return sb.toString();
    }

    private static DialogueKind parseKind(String text) {
        for (DialogueKind k : DialogueKind.values()) {
            if (k.name().equalsIgnoreCase(Objects.requireNonNullElse(text, "").strip())) {
                return k;
            }
        }
        throw UserError.invalid("dialogue.error.kind", text == null ? "" : text);
    }

    private static Period parseQuarter(String text) {
        for (Period p : List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4)) {
            if (p.name().equalsIgnoreCase(Objects.requireNonNullElse(text, "").strip())) {
                return p;
            }
        }
        throw UserError.invalid("dialogue.error.quarter", text == null ? "" : text);
    }

    /** A date from the date field (yyyy-MM-dd); a refusal names the field and, for a follow-up, its row. */
    private static LocalDate date(String text, String field, Integer row) {
        if (isBlank(text)) {
            throw row == null
                    ? UserError.invalid("dialogue.error.dateMissing", new DefaultMessageSourceResolvable(field))
                    : UserError.invalid("dialogue.error.followUp.dateMissing", row);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw row == null
                    ? UserError.invalid("dialogue.error.date", new DefaultMessageSourceResolvable(field), text.strip())
                    : UserError.invalid("dialogue.error.followUp.date", row, text.strip());
        }
    }

    private static String text(String text, int max, String field, boolean required) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            if (required) {
                throw UserError.invalid("dialogue.error.required", new DefaultMessageSourceResolvable(field));
            }
            return null;
        }
        if (t.length() > max) {
            throw UserError.invalid("dialogue.error.tooLong", new DefaultMessageSourceResolvable(field), max);
        }
        return t;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Akses ditolak (access denied)");
        }
    }
}
