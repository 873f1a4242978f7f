package id.kinerja.api.v1;

import io.swagger.v3.oas.annotations.media.Schema;

/** Every refusal of the API: HTTP status, its reason phrase, an Indonesian message, and the field at fault if any. */
@Schema(description = "Kesalahan: status HTTP, alasan, pesan berbahasa Indonesia, dan field yang salah (bila ada)")
public record ApiError(int status, String error, String message, String field) {}
