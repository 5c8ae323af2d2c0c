package eu.topcop.learn.content;

import java.util.Map;

/**
 * A question of a question bank (a module's quiz, or a knowledge test), as the learning feature draws it onto a
 * paper and scores it: its id in the bank, its type, and its definition (texts, choices, the answer, feedback)
 * as content/README.md describes it.
 */
public interface BankQuestion {

    String key();

    String type();

    Map<String, Object> definition();
}
