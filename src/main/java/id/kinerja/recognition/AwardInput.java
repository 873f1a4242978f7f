package id.kinerja.recognition;

/**
 * An award as typed (web form, API, Excel row), read by {@link Recognitions#award}: the date as {@code yyyy-MM-dd} or
 * blank.
 */
public record AwardInput(String title, String giver, String date, String description) {}
