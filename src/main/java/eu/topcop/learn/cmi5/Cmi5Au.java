package eu.topcop.learn.cmi5;

import java.math.BigDecimal;
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

/**
 * An assignable unit of a course version, with what its launch needs (cmi5 13.1.4 and the LMS.LaunchData of 10.0):
 * where it starts, how it is launched, and when it counts as satisfied.
 */
@Entity
@Table(name = "cmi5_au")
public class Cmi5Au extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public Cmi5CourseVersion version;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "block_id")
    public Cmi5Block block;

    @Column(nullable = false)
    public int position;

    /** The activity id the AU reports its statements about. */
    @Column(nullable = false)
    public String iri;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> description;

    /** As cmi5.xml wrote it; its query string is merged with the launch parameters. */
    @Column(nullable = false)
    public String url;

    /** The package file the url names, served from the database; null for a remote AU. */
    @Column(name = "package_path")
    public String packagePath;

    @Column(name = "move_on", nullable = false)
    public String moveOn;

    @Column(name = "mastery_score", precision = 5, scale = 4)
    public BigDecimal masteryScore;

    @Column(name = "launch_method", nullable = false)
    public String launchMethod;

    @Column(name = "launch_parameters")
    public String launchParameters;

    @Column(name = "entitlement_key")
    public String entitlementKey;

    @Column(name = "activity_type")
    public String activityType;

    public boolean remote() {
        return packagePath == null;
    }
}
