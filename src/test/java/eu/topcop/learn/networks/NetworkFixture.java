package eu.topcop.learn.networks;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Networks and memberships made straight in the database, for the tests of every part of a network's space. */
@ApplicationScoped
public class NetworkFixture {

    /** A fresh network (its code returned) that people join by request. */
    public Network network() {
        return network(Network.Kind.EXPERT_NETWORK, Network.Joining.REQUEST, null);
    }

    public Network network(Network.Kind kind, Network.Joining joining, String openToRole) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            Network network = new Network();
            network.code = "net-" + UUID.randomUUID().toString().substring(0, 8);
            network.kind = kind;
            network.name = Map.of("en", "Fixture network " + network.code, "ru", "Сеть " + network.code);
            network.purpose = Map.of("en", "Working together between meetings");
            network.joining = joining;
            network.openToRole = openToRole;
            network.createdAt = now;
            network.updatedAt = now;
            network.persist();
            return network;
        });
    }

    /** Makes the person an active member of the network (for the organisation of their country). */
    public NetworkMember member(Network network, Person person) {
        return membership(network, person, NetworkMember.Role.MEMBER, NetworkMember.Status.ACTIVE);
    }

    public NetworkMember moderator(Network network, Person person) {
        return membership(network, person, NetworkMember.Role.MODERATOR, NetworkMember.Status.ACTIVE);
    }

    public NetworkMember membership(
            Network network, Person person, NetworkMember.Role role, NetworkMember.Status status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            NetworkMember member = new NetworkMember();
            member.network = Network.findById(network.id);
            member.personId = person.id;
            member.role = role;
            member.status = status;
            member.organisation = "Agency of " + person.country;
            member.organisationKind = NetworkMember.OrganisationKind.PARTNER_COUNTRY;
            member.country = person.country;
            member.askedAt = now;
            member.joinedAt = status == NetworkMember.Status.ACTIVE ? now : null;
            member.persist();
            return member;
        });
    }

    /** A viewer as NetworkAccess sees them: a trainee, unless roles are given. */
    public static NetworkAccess.Viewer viewer(Person person, String... roles) {
        return new NetworkAccess.Viewer(person.id, roles.length == 0 ? Set.of(Roles.TRAINEE) : Set.of(roles));
    }
}
