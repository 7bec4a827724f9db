package be.kompas.earlywarning.internal;

/** What the reviewer decided to do; supportive measures only, never a sanction. */
public enum Outcome {
    NO_ACTION, CONVERSATION, SUPPORT, TRAINING, REFERRAL
}
