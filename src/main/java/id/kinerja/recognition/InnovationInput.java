package id.kinerja.recognition;

/**
 * An innovation as typed (web form, API, Excel row), read by {@link Recognitions#innovation}: the goals one a line.
 */
public record InnovationInput(String name, String longName, String description, String goals) {}
