package eu.topcop.learn.lrs;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The LRS's endpoint, as a client is told to use it. */
@ApplicationScoped
public class XapiEndpoint {

    @ConfigProperty(name = "lms.public-url")
    String home;

    public String url() {
        return home + "/xapi/";
    }
}
