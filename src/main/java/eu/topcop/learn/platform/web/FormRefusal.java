package eu.topcop.learn.platform.web;

import io.quarkus.qute.TemplateData;

/**
 * The refusal of one of a page's several forms with the same fields (one per row of a list, or a thread's two
 * moderation forms). The refused form shows it; the others show none. Each field's id is its name in the refused
 * form, so that the summary's links and the reasons' ids reach it, and the name and its form's key in the others,
 * so that no two ids of the page are the same.
 */
@TemplateData
public record FormRefusal(String form, Refusal refusal) {

    private static final FormRefusal NONE = new FormRefusal("", Refusal.none());

    public FormRefusal {
        form = form == null ? "" : form;
    }

    /** No form of the page refused. */
    public static FormRefusal none() {
        return NONE;
    }

    /** {@code form}'s refusal: this one if it was the refused form, none otherwise. */
    public Refusal on(Object form) {
        return refused(form) ? refusal : Refusal.none();
    }

    /** The id of {@code field} in {@code form}. */
    public String id(String field, Object form) {
        return refused(form) ? field : field + "-" + form;
    }

    private boolean refused(Object form) {
        return refusal.refused() && this.form.equals(String.valueOf(form));
    }
}
