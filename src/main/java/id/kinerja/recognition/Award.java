package id.kinerja.recognition;

import java.time.LocalDate;

/** An award a unit received in a year (LAKIN chapter III.D). */
public record Award(int year, String title, String giver, LocalDate date, String description) {}
