package id.kinerja.api.v1;

import id.kinerja.account.Account;
import id.kinerja.account.AccountEntry;
import id.kinerja.account.AccountForm;
import id.kinerja.account.AccountRefusedException;
import id.kinerja.account.AccountService;
import id.kinerja.account.CurrentUser;
import id.kinerja.account.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts through the API, with the same rights and rules as the administrators' pages ({@link AccountService}):
 * list, create (answers a temporary password once), update, disable/enable, reset, unlock. Only for an administrator
 * of accounts (ADMINISTRATOR in its subtree, PERFORMANCE_ADMIN in its own unit); a refusal names the field.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Akun", description = "Akun pengguna di unit yang dikelola pemanggil")
class UserApiController {

    /** An account as the API shows it (never its password hash). */
    record UserDto(
            String username,
            String displayName,
            String email,
            String unit,
            List<String> roles,
            List<String> indicators,
            boolean apiAccess,
            String state,
            boolean mustChangePassword,
            OffsetDateTime lastSignInAt,
            String language) {}

    /** What a caller sends to create ({@code username} and optional {@code password}) or update an account. */
    record UserRequest(
            String username,
            String displayName,
            String email,
            String unit,
            List<String> roles,
            List<String> indicators,
            Boolean apiAccess,
            String password) {}

    /** An account just created or reset, with its temporary password (shown this once). */
    record Created(UserDto user, String temporaryPassword) {}

    /** The body of {@code POST .../reset}: an optional temporary password (else one is generated). */
    record ResetRequest(String password) {}

    /** What {@code POST .../unlock} cleared. */
    record Unlocked(String username, int addresses) {}

    private final AccountService accounts;
    private final MessageSource messages;

    UserApiController(AccountService accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            operationId = "listUsers",
            summary = "Daftar akun yang dikelola",
            description = "Akun unit pemanggil (dan unit di bawahnya bagi ADMINISTRATOR).")
    List<UserDto> list(@AuthenticationPrincipal CurrentUser me) {
        return accounts.list(me).stream().map(UserApiController::dto).toList();
    }

    @GetMapping("/{username}")
    @Operation(
            operationId = "getUser",
            summary = "Satu akun",
            description = "404 bila tidak dikenal, 403 bila di luar wewenang.")
    UserDto one(@AuthenticationPrincipal CurrentUser me, @PathVariable String username) {
        return dto(accounts.manageable(me, username));
    }

    @PostMapping
    @Operation(
            operationId = "createUser",
            summary = "Buat akun",
            description = "Kata sandi sementara (dibuat acak bila kosong) wajib diganti saat masuk pertama kali.")
    ResponseEntity<Created> create(@AuthenticationPrincipal CurrentUser me, @RequestBody UserRequest body) {
        AccountService.Reset reset = accounts.createByAdmin(me, form(body.username(), body), body.password());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Cache-Control", "no-store")
                .body(new Created(dto(accounts.manageable(me, reset.account().username())), reset.temporaryPassword()));
    }

    @PutMapping("/{username}")
    @Operation(
            operationId = "updateUser",
            summary = "Ubah akun",
            description = "Nama tampilan, e-mail, unit, peran, IKU, hak API.")
    UserDto update(
            @AuthenticationPrincipal CurrentUser me, @PathVariable String username, @RequestBody UserRequest body) {
        Account current = accounts.manageable(me, username).account();
        UserRequest merged = new UserRequest(
                username,
                body.displayName() == null ? current.displayName() : body.displayName(),
                body.email() == null ? current.email() : body.email(),
                body.unit() == null ? current.unitCode() : body.unit(),
                body.roles() == null ? current.roles().stream().map(Role::name).toList() : body.roles(),
                body.indicators() == null ? List.copyOf(current.indicatorCodes()) : body.indicators(),
                body.apiAccess() == null ? current.apiAccess() : body.apiAccess(),
                null);
        accounts.update(me, username, form(username, merged));
        return dto(accounts.manageable(me, username));
    }

    @PostMapping("/{username}/disable")
    @Operation(
            operationId = "disableUser",
            summary = "Nonaktifkan akun",
            description = "Tidak dapat masuk; token API-nya tidak berlaku.")
    UserDto disable(@AuthenticationPrincipal CurrentUser me, @PathVariable String username) {
        accounts.setEnabled(me, username, false);
        return dto(accounts.manageable(me, username));
    }

    @PostMapping("/{username}/enable")
    @Operation(operationId = "enableUser", summary = "Aktifkan kembali akun")
    UserDto enable(@AuthenticationPrincipal CurrentUser me, @PathVariable String username) {
        accounts.setEnabled(me, username, true);
        return dto(accounts.manageable(me, username));
    }

    @PostMapping("/{username}/reset")
    @Operation(
            operationId = "resetUserPassword",
            summary = "Atur ulang kata sandi",
            description = "Kata sandi sementara (acak bila kosong), wajib diganti saat masuk berikutnya.")
    ResponseEntity<Created> reset(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable String username,
            @RequestBody(required = false) ResetRequest body) {
        AccountService.Reset reset = accounts.reset(me, username, body == null ? null : body.password());
        return ResponseEntity.ok()
                .header("Cache-Control", "no-store")
                .body(new Created(dto(accounts.manageable(me, username)), reset.temporaryPassword()));
    }

    @PostMapping("/{username}/unlock")
    @Operation(
            operationId = "unlockUser",
            summary = "Buka penundaan masuk",
            description = "Menghapus penundaan masuk akun dari semua alamat.")
    Unlocked unlock(@AuthenticationPrincipal CurrentUser me, @PathVariable String username) {
        return new Unlocked(username, accounts.unlock(me, username));
    }

    /** A refusal of the account service: its status, the Indonesian message, and the field it names. */
    @ExceptionHandler(AccountRefusedException.class)
    ResponseEntity<ApiError> refused(AccountRefusedException e) {
        return ApiErrors.answer(
                HttpStatus.valueOf(e.status()),
                messages.getMessage(e.key(), e.args(), e.getMessage(), ApiErrors.INDONESIAN),
                field(e.key()));
    }

    private static String field(String key) {
        return switch (key) {
            case "account.error.username", "account.error.usernameTaken" -> "username";
            case "account.error.unit", "account.error.unitDenied" -> "unit";
            case "account.error.roles", "account.error.roleDenied" -> "roles";
            case "account.error.indicator", "account.error.picIndicators", "account.error.indicatorsWithoutPic" ->
                "indicators";
            case "account.error.email" -> "email";
            case "account.error.displayNameLong", "account.error.displayNameRequired" -> "displayName";
            default -> key.startsWith("account.password.") ? "password" : null;
        };
    }

    private static AccountForm form(String username, UserRequest body) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (body.roles() != null) {
            for (String r : body.roles()) {
                Role role = null;
                for (Role candidate : Role.values()) {
                    if (candidate.name().equals(r)) {
                        role = candidate;
                    }
                }
                if (role == null) {
                    throw ApiProblem.badRequest(
                            "roles",
                            "Peran tidak dikenal: \"" + r + "\" (ADMINISTRATOR, HEAD, PERFORMANCE_ADMIN, PIC, REVIEWER,"
                                    + " VIEWER)");
                }
                roles.add(role);
            }
        }
        return new AccountForm(
                username,
                body.displayName(),
                body.email(),
                body.unit(),
                roles,
                body.indicators() == null ? Set.of() : new java.util.LinkedHashSet<>(body.indicators()),
                Boolean.TRUE.equals(body.apiAccess()));
    }

    private static UserDto dto(AccountEntry e) {
        Account a = e.account();
        return new UserDto(
                a.username(),
                a.displayName(),
                a.email(),
                a.unitCode(),
                a.roles().stream().map(Role::name).sorted().toList(),
                List.copyOf(a.indicatorCodes()),
                a.apiAccess(),
                e.state().name(),
                a.mustChangePassword(),
                a.lastSignInAt(),
                a.language());
    }
}
