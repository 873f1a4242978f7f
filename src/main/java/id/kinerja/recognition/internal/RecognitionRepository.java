package id.kinerja.recognition.internal;

import id.kinerja.recognition.Award;
import id.kinerja.recognition.Innovation;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Awards received and innovations made by a unit in a year (tables award, innovation; LAKIN chapter III.D). */
@Repository
public class RecognitionRepository {

    private final JdbcClient jdbc;

    RecognitionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Award> awards(long unitId, int year) {
        return jdbc.sql(
                        "select year, title, giver, award_date as date, description from award where unit_id = ? and year = ? order by sort_order")
                .params(unitId, year)
                .query(Award.class)
                .list();
    }

    public void addAward(long unitId, Award a, int sortOrder) {
        jdbc.sql(
                        "insert into award (unit_id, year, title, giver, award_date, description, sort_order) values (?, ?, ?, ?, ?, ?, ?)")
                .params(unitId, a.year(), a.title(), a.giver(), a.date(), a.description(), sortOrder)
                .update();
    }

    public List<Innovation> innovations(long unitId, int year) {
        return jdbc
                .sql(
                        "select year, name, long_name, description, goals from innovation where unit_id = ? and year = ? order by sort_order")
                .params(unitId, year)
                .query(InnovationRow.class)
                .list()
                .stream()
                .map(InnovationRow::innovation)
                .toList();
    }

    /** An innovation row: its goals are stored as one text, a goal a line. */
    private record InnovationRow(int year, String name, String longName, String description, String goals) {

        Innovation innovation() {
            return new Innovation(
                    year,
                    name,
                    longName,
                    description,
                    goals == null || goals.isEmpty() ? List.of() : List.of(goals.split("\n")));
        }
    }

    public void addInnovation(long unitId, Innovation n, int sortOrder) {
        jdbc.sql(
                        "insert into innovation (unit_id, year, name, long_name, description, goals, sort_order) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        unitId,
                        n.year(),
                        n.name(),
                        n.longName(),
                        n.description(),
                        String.join("\n", n.goals()),
                        sortOrder)
                .update();
    }
}
