package eu.topcop.learn.networks.needs;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the proposals of emerging training needs look like on the API and the pages. */
public final class NeedViews {

    private NeedViews() {}

    @Schema(description = "An emerging training need, proposed from a published document or a discussion thread")
    public record ProposalInput(
            @Schema(description = "The training need described") @Size(max = NeedProposal.NEED)
            String need,

            @Schema(description = "The code of a crime priority") @Size(max = 80)
            String priority,

            @Schema(description = "ISO 3166-1 alpha-2") @Size(max = 2)
            String country) {}

    @Schema(description = "A course manager's decision: LINK to a capability gap, or DECLINE with a note")
    public record Decision(
            @NotNull @Size(max = 10) @Schema(enumeration = {"LINK", "DECLINE"})
            String decision,

            @Schema(description = "The capability gap it adds to, for LINK")
            Long gap,

            @Schema(description = "Why; required to decline, shown to the proposer") @Size(max = NeedProposal.NOTE)
            String note) {}

    /** Where a proposal comes from: a library document or a discussion thread, with its network. */
    public record Source(String kind, long id, String title, String network, String networkName, String link) {}

    /** The gap a proposal was linked to, or a gap it could be linked to. */
    public record Gap(long id, String round, String capability, String country, String targetGroup, String status) {
        public String link() {
            return "/insight/rounds/" + round + "/gaps/" + id;
        }
    }

    public record Proposal(
            long id,
            String status,
            String need,
            String priority,
            String country,
            Source source,
            String proposer,
            Instant at,
            Gap gap,
            String decidedBy,
            Instant decidedAt,
            String note) {}

    public record Proposals(List<Proposal> items, Long next) {
        public boolean isEmpty() {
            return items.isEmpty();
        }
    }
}
