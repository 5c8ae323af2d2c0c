package eu.topcop.learn.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A knowledge test's code, curriculum and current version; its content lives in {@link KnowledgeTestVersion}. */
@Entity
@Table(name = "knowledge_test")
public class StoredKnowledgeTest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(name = "curriculum_code", nullable = false)
    public String curriculumCode;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The next version number, which becomes the current one once its content is stored. */
    int publishNewVersion(String curriculum, Instant at) {
        curriculumCode = curriculum;
        currentVersion++;
        updatedAt = at;
        return currentVersion;
    }
}
