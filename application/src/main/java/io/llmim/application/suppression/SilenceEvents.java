package io.llmim.application.suppression;

import io.llmim.domain.Silence;

/** Who hears of a silence's beginning and end: the webhooks, through durable notification jobs. */
public interface SilenceEvents {

    /** {@code silence} was just created. */
    void created(Silence silence);

    /** {@code silence} has ended (expired, by its end passing or by hand). Called at least once per silence. */
    void ended(Silence silence);

    /** Nobody hears. */
    static SilenceEvents none() {
        return new SilenceEvents() {
            @Override
            public void created(Silence silence) {
            }

            @Override
            public void ended(Silence silence) {
            }
        };
    }
}
