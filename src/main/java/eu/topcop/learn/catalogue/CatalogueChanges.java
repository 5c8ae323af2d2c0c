package eu.topcop.learn.catalogue;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.platform.web.Revalidated;
import io.quarkus.arc.Unremovable;

/**
 * When the catalogue last changed: what the catalogue API's Last-Modified says. Looked up by class from
 * {@code @Revalidated}, never injected, so it is kept explicitly.
 */
@ApplicationScoped
@Unremovable
public class CatalogueChanges implements Revalidated.ChangeTime {

    @Inject
    OfferingCatalogue offerings;

    @Override
    public Instant changedAt() {
        return offerings.catalogueChangedAt();
    }
}
