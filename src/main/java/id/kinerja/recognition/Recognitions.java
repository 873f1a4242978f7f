package id.kinerja.recognition;

import id.kinerja.recognition.internal.RecognitionRepository;
import java.util.List;
import org.springframework.stereotype.Service;

/** The recognition module's API: awards received and innovations made by a unit in a year (LAKIN chapter III.D). */
@Service
public class Recognitions {

    private final RecognitionRepository recognitions;

    Recognitions(RecognitionRepository recognitions) {
        this.recognitions = recognitions;
    }

    /** A unit's awards of a year, in their order. */
    public List<Award> awards(long unitId, int year) {
        return recognitions.awards(unitId, year);
    }

    /** Adds an award of a unit at position {@code sortOrder}. */
    public void addAward(long unitId, Award award, int sortOrder) {
        recognitions.addAward(unitId, award, sortOrder);
    }

    /** A unit's innovations of a year, in their order. */
    public List<Innovation> innovations(long unitId, int year) {
        return recognitions.innovations(unitId, year);
    }

    /** Adds an innovation of a unit at position {@code sortOrder}. */
    public void addInnovation(long unitId, Innovation innovation, int sortOrder) {
        recognitions.addInnovation(unitId, innovation, sortOrder);
    }
}
