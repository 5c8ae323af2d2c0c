package eu.topcop.learn.content;

import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A lesson of a module version, in every language it was written in, as sanitised HTML. */
@Entity
@Table(name = "lesson")
public class Lesson extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_version_id")
    public ModuleVersion moduleVersion;

    @Column(nullable = false)
    public short position;

    @Column(nullable = false)
    public String slug;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "body_html", nullable = false)
    public Map<String, String> bodyHtml;
}
