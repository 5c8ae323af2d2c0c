package eu.topcop.learn.networks.needs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.networks.NetworkAccess;
import eu.topcop.learn.networks.library.LibraryProblems;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.persistence.SqlValues;
import eu.topcop.learn.platform.web.DomainException;

/**
 * Emerging training needs from the networks, the bridge from the first component to the OTNA: members propose
 * what a published document or a discussion concludes; course managers link each proposal to the capability gap
 * it adds to (so that it shows on the gap, beside the questionnaire's figures) or decline it with a note; the
 * proposer is told either way. Every list is one statement whatever its length.
 */
@ApplicationScoped
public class NeedProposals {

    /** How many gaps a decision form offers: the open rounds' gaps of the proposal's priority and country. */
    static final int CANDIDATES = 50;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NetworkAccess access;

    @Inject
    NeedNotices notices;

    /**
     * Records a proposal from a library document; the library has checked that the proposer may (a member who
     * writes in the network, about a published document).
     */
    @Transactional
    public long fromDocument(long documentId, NeedViews.ProposalInput input, long proposer) {
        return record(documentId, null, input, proposer);
    }

    /** A member who writes in the thread's network proposes its conclusion as a training need. */
    @Transactional
    public long fromThread(long threadId, NeedViews.ProposalInput input, NetworkAccess.Viewer viewer) {
        String network = threadNetwork(threadId);
        access.writer(network, viewer);
        return record(null, threadId, input, viewer.personId());
    }

    /** The thread's title and network, for the proposal form; its network's readers only. */
    public NeedViews.Source thread(long threadId, NetworkAccess.Viewer viewer, Language language) {
        String network = threadNetwork(threadId);
        access.reader(network, viewer);
        Object[] r = (Object[]) em.createNativeQuery("SELECT t.id, t.title, n.code, " + name("n.name", language)
                        + " FROM discussion_thread t JOIN network n ON n.id = t.network_id WHERE t.id = :t")
                .setParameter("t", threadId)
                .getSingleResult();
        return source("THREAD", r[0], r[1], r[2], r[3]);
    }

    /** The proposals of a status (every status when null), newest first; course managers (the route says so). */
    public NeedViews.Proposals list(NeedProposal.Status status, Long after, int size, Language language) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (status != null) {
            where.append(" AND pr.status = :status");
        }
        if (after != null) {
            where.append(" AND pr.id < :after");
        }
        var query = em.createNativeQuery(select(language) + where + " ORDER BY pr.id DESC LIMIT " + (size + 1));
        if (status != null) {
            query.setParameter("status", status.name());
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Long next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = ((Number) rows.get(size - 1)[0]).longValue();
        }
        return new NeedViews.Proposals(
                rows.stream().map(NeedProposals::proposal).toList(), next);
    }

    /** One proposal: course managers, and the person who proposed it (to read the decision). */
    public NeedViews.Proposal get(long id, NetworkAccess.Viewer viewer, Language language) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(select(language) + " WHERE pr.id = :id")
                .setParameter("id", id)
                .getResultList();
        NeedProposal proposal = NeedProposal.findById(id);
        if (rows.isEmpty() || !(viewer.runsNetworks() || proposal.proposedBy == viewer.personId())) {
            // Nobody learns that someone else's proposal exists.
            throw new DomainException.NotFound("No such proposal");
        }
        return proposal(rows.get(0));
    }

    /** The proposals linked to a capability gap, oldest first, for the gap's page. */
    public List<NeedViews.Proposal> ofGap(long gapId, Language language) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(select(language) + " WHERE pr.capability_gap_id = :g ORDER BY pr.id")
                .setParameter("g", gapId)
                .getResultList();
        return rows.stream().map(NeedProposals::proposal).toList();
    }

    /**
     * The gaps a proposal could add to: those of rounds still open, of its crime priority and country when it names
     * them, most recent round first.
     */
    public List<NeedViews.Gap> candidates(long id, Language language) {
        NeedProposal proposal = NeedProposal.<NeedProposal>findByIdOptional(id)
                .orElseThrow(() -> new DomainException.NotFound("No such proposal"));
        var query = em.createNativeQuery("SELECT g.id, r.code, " + name("c.title", language)
                + ", g.country_code, g.target_group, g.status FROM capability_gap g"
                + " JOIN otna_round r ON r.id = g.round_id JOIN capability c ON c.id = g.capability_id"
                + " WHERE r.status <> 'CLOSED' AND g.status <> 'DISCARDED'"
                + (proposal.priorityId == null ? "" : " AND c.crime_priority_id = :priority")
                + (proposal.country == null ? "" : " AND g.country_code = :country")
                + " ORDER BY r.year DESC, r.id DESC, c.position, g.country_code, g.target_group LIMIT " + CANDIDATES);
        if (proposal.priorityId != null) {
            query.setParameter("priority", proposal.priorityId);
        }
        if (proposal.country != null) {
            query.setParameter("country", proposal.country);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> gap(r, 0)).toList();
    }

    /** A course manager links the proposal to a gap, or declines it with a note; the proposer is told. */
    @Transactional
    public NeedProposal decide(long id, NeedViews.Decision decision, long by) {
        NeedProposal proposal = NeedProposal.<NeedProposal>findByIdOptional(id)
                .orElseThrow(() -> new DomainException.NotFound("No such proposal"));
        LibraryProblems problems = new LibraryProblems();
        String choice =
                decision.decision() == null ? "" : decision.decision().strip().toUpperCase(Locale.ROOT);
        String note = blank(decision.note()) ? null : decision.note().strip();
        if (note != null && note.length() > NeedProposal.NOTE) {
            problems.add("note", "too_long", "At most " + NeedProposal.NOTE + " characters");
        }
        Instant now = Instant.now(clock);
        switch (choice) {
            case "LINK" -> {
                if (decision.gap() == null) {
                    problems.add("gap", "gap_required", "Choose the capability gap it adds to");
                } else if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM capability_gap WHERE id = :g")
                                        .setParameter("g", decision.gap())
                                        .getSingleResult())
                                .longValue()
                        == 0) {
                    problems.add("gap", "unknown_gap", "No such capability gap");
                }
                problems.throwIfAny();
                proposal.link(decision.gap(), by, note, now);
            }
            case "DECLINE" -> {
                if (note == null) {
                    problems.add("note", "note_required", "Say why, for the proposer");
                }
                problems.throwIfAny();
                proposal.decline(by, note, now);
            }
            default -> throw LibraryProblems.of("decision", "unknown_decision", "LINK or DECLINE");
        }
        em.flush();
        notices.decided(proposal);
        return proposal;
    }

    private long record(Long documentId, Long threadId, NeedViews.ProposalInput input, long proposer) {
        LibraryProblems problems = new LibraryProblems();
        String need = input == null || input.need() == null ? "" : input.need().strip();
        if (need.isEmpty()) {
            problems.add("need", "required", "Describe the training need");
        } else if (need.length() > NeedProposal.NEED) {
            problems.add("need", "too_long", "At most " + NeedProposal.NEED + " characters");
        }
        Long priority = null;
        if (input != null && !blank(input.priority())) {
            @SuppressWarnings("unchecked")
            List<Number> found = em.createNativeQuery("SELECT id FROM crime_priority WHERE code = :c")
                    .setParameter("c", input.priority().strip())
                    .getResultList();
            if (found.isEmpty()) {
                problems.add("priority", "unknown", "No such crime priority");
            } else {
                priority = found.get(0).longValue();
            }
        }
        String country = input == null || blank(input.country())
                ? null
                : input.country().strip().toUpperCase(Locale.ROOT);
        if (country != null
                && ((Number) em.createNativeQuery("SELECT COUNT(*) FROM country WHERE code = :c")
                                        .setParameter("c", country)
                                        .getSingleResult())
                                .longValue()
                        == 0) {
            problems.add("country", "unknown", "No such country");
        }
        problems.throwIfAny();
        NeedProposal proposal = new NeedProposal();
        proposal.documentId = documentId;
        proposal.threadId = threadId;
        proposal.proposedBy = proposer;
        proposal.need = need;
        proposal.priorityId = priority;
        proposal.country = country;
        proposal.createdAt = Instant.now(clock);
        proposal.persist();
        return proposal.id;
    }

    private String threadNetwork(long threadId) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery(
                        "SELECT n.code FROM discussion_thread t JOIN network n ON n.id = t.network_id WHERE t.id = :t")
                .setParameter("t", threadId)
                .getResultList();
        if (found.isEmpty()) {
            throw new DomainException.NotFound("No such thread");
        }
        return found.get(0);
    }

    /** One statement for a page of proposals, their sources, networks, people and gaps. */
    private static String select(Language language) {
        return "SELECT pr.id, pr.status, pr.need, cp.code, pr.country_code, pr.created_at, p.name,"
                + " IF(pr.document_id IS NULL, 'THREAD', 'DOCUMENT'), COALESCE(pr.document_id, pr.thread_id),"
                + " COALESCE(d.title, t.title), n.code, " + name("n.name", language) + ","
                + " g.id, r.code, " + name("c.title", language) + ", g.country_code, g.target_group, g.status,"
                + " dp.name, pr.decided_at, pr.decision_note"
                + " FROM need_proposal pr JOIN person p ON p.id = pr.proposed_by"
                + " LEFT JOIN library_document d ON d.id = pr.document_id"
                + " LEFT JOIN discussion_thread t ON t.id = pr.thread_id"
                + " JOIN network n ON n.id = COALESCE(d.network_id, t.network_id)"
                + " LEFT JOIN crime_priority cp ON cp.id = pr.crime_priority_id"
                + " LEFT JOIN capability_gap g ON g.id = pr.capability_gap_id"
                + " LEFT JOIN otna_round r ON r.id = g.round_id LEFT JOIN capability c ON c.id = g.capability_id"
                + " LEFT JOIN person dp ON dp.id = pr.decided_by";
    }

    /** A JSON column of texts per language, in the reader's language, else English. */
    static String name(String column, Language language) {
        // The language code comes from the closed list of supported languages, never from the request as typed.
        return "COALESCE(JSON_UNQUOTE(JSON_EXTRACT(" + column + ", '$." + language.code() + "')), JSON_UNQUOTE("
                + "JSON_EXTRACT(" + column + ", '$.en')))";
    }

    private static NeedViews.Proposal proposal(Object[] r) {
        return new NeedViews.Proposal(
                ((Number) r[0]).longValue(),
                (String) r[1],
                (String) r[2],
                (String) r[3],
                r[4] == null ? null : r[4].toString(),
                source((String) r[7], r[8], r[9], r[10], r[11]),
                (String) r[6],
                SqlValues.instant(r[5]),
                r[12] == null ? null : gap(r, 12),
                (String) r[18],
                SqlValues.instant(r[19]),
                (String) r[20]);
    }

    private static NeedViews.Gap gap(Object[] r, int from) {
        return new NeedViews.Gap(
                ((Number) r[from]).longValue(),
                (String) r[from + 1],
                (String) r[from + 2],
                r[from + 3].toString(),
                (String) r[from + 4],
                (String) r[from + 5]);
    }

    private static NeedViews.Source source(String kind, Object id, Object title, Object network, Object networkName) {
        long sourceId = ((Number) id).longValue();
        String link = "DOCUMENT".equals(kind)
                ? "/library/documents/" + sourceId
                : "/networks/" + network + "/discussions/" + sourceId;
        return new NeedViews.Source(kind, sourceId, (String) title, (String) network, (String) networkName, link);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
