package eu.topcop.learn.networks.discussions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.networks.NetworkViewer;
import eu.topcop.learn.networks.subscriptions.Subscriptions;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.FormRefusal;
import eu.topcop.learn.platform.web.Refusal;
import io.quarkus.qute.TemplateInstance;

import static eu.topcop.learn.platform.web.PageForms.id;

/**
 * A thread's page, with its reply form and its moderation forms: {@link DiscussionPages} answers a refused reply
 * with it, {@link ModerationPages} a refused lock, pin or move, each keeping what was typed into its own form.
 */
@ApplicationScoped
class ThreadPage {

    @Inject
    Discussions discussions;

    @Inject
    NetworkViewer viewer;

    @Inject
    RequestLanguage language;

    @Inject
    Subscriptions subscriptions;

    TemplateInstance of(
            String code,
            long thread,
            Long after,
            DiscussionPages.PostForm form,
            Refusal refusal,
            FormRefusal moderated) {
        Discussions.ThreadPage page = discussions.thread(
                code, thread, viewer.get(), after, 20, language.get().code());
        Long quoted = id(form.quotedPostId());
        Discussions.PostView quoting = null;
        if (quoted != null) {
            try {
                quoting = discussions.post(code, thread, quoted, viewer.get());
            } catch (DomainException.NotFound e) {
                quoting = null;
            }
        }
        return DiscussionPages.Templates.thread(
                page,
                form,
                quoting,
                Language.SUPPORTED,
                refusal,
                moderated,
                subscriptions.followsThread(thread, viewer.get()));
    }
}
