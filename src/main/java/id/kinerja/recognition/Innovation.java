package id.kinerja.recognition;

import java.util.List;

/** An innovation a unit made in a year, with its goals (LAKIN chapter III.D). */
public record Innovation(int year, String name, String longName, String description, List<String> goals) {}
