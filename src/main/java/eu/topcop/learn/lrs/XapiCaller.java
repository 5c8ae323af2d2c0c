package eu.topcop.learn.lrs;

import jakarta.enterprise.context.RequestScoped;

/** The client and xAPI version of this request to the LRS, as {@link XapiGate} found them. */
@RequestScoped
public class XapiCaller {

    private LrsClients.Caller client;
    private XapiVersion version = XapiVersion.LATEST;

    void set(LrsClients.Caller client, XapiVersion version) {
        this.client = client;
        this.version = version;
    }

    LrsClients.Caller client() {
        return client;
    }

    XapiVersion version() {
        return version;
    }

    /** Refuses the request unless the client holds {@code scope} (or one that includes it). */
    void require(Scope scope) {
        if (client == null || !scope.grantedBy(client.scopes())) {
            throw new XapiRefusal.Forbidden("This client's scopes do not include " + scope.value + ".");
        }
    }
}
