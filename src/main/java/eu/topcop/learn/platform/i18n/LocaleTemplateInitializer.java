package eu.topcop.learn.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;

/**
 * Puts every page in the language of its request, so that no page method can forget to: message bundles
 * ({@code msg:}) read the locale attribute this sets.
 */
@ApplicationScoped
public class LocaleTemplateInitializer implements TemplateInstance.Initializer {

    @Inject
    RequestLanguage requestLanguage;

    void register(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(requestLanguage.locale());
        }
    }
}
