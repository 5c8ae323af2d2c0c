package eu.topcop.learn.lrs;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

/**
 * The client and xAPI version of this request to the LRS, as {@link XapiGate} found them; or, instead of a client, the
 * launch credential the request came with.
 */
@RequestScoped
public class XapiCaller {

    private LrsClients.Caller client;
    private LaunchCredentials.Launch launch;
    private XapiVersion version = XapiVersion.LATEST;

    void set(LrsClients.Caller client, XapiVersion version) {
        this.client = client;
        this.version = version;
    }

    void set(LaunchCredentials.Launch launch, XapiVersion version) {
        this.launch = launch;
        this.version = version;
    }

    LrsClients.Caller client() {
        return client;
    }

    /** The launch credential of this request, or null for an LRS client (or none). */
    LaunchCredentials.Launch launch() {
        return launch;
    }

    XapiVersion version() {
        return version;
    }

    /** The scopes of this request: the client's, or a launch credential's. */
    Set<Scope> scopes() {
        if (client != null) {
            return client.scopes();
        }
        return launch != null ? LaunchCredentials.SCOPES : Set.of();
    }

    /** Refuses the request unless the client holds {@code scope} (or one that includes it). */
    void require(Scope scope) {
        if ((client == null && launch == null) || !scope.grantedBy(scopes())) {
            throw new XapiRefusal.Forbidden("This client's scopes do not include " + scope.value + ".");
        }
    }
}
