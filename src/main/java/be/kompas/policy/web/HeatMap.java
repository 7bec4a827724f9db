package be.kompas.policy.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import be.kompas.policy.Effect;
import be.kompas.policy.Probability;
import be.kompas.policy.RiskClass;
import be.kompas.policy.RiskSummary;
import be.kompas.policy.Scores;

/**
 * The heat map of the register, drawn as SVG by the template: probability (rows) against effect (columns), each cell
 * with the number of risks and the worst class among them.
 */
record HeatMap(List<Cell> cells) {

    static final int CELL = 64;
    static final int MARGIN = 150;

    record Cell(Probability probability, Effect effect, int count, @Nullable RiskClass worst, int x, int y) {

        /** The colour of the worst class, or grey for an empty cell; SVG attributes, not styles, so CSP allows them. */
        public String fill() {
            if (worst == null) {
                return "#f1f1f1";
            }
            return switch (worst) {
                case A -> "#b71c1c";
                case B -> "#e65100";
                case C -> "#f9a825";
                case D -> "#fff176";
                case E -> "#c8e6c9";
            };
        }
    }

    static HeatMap of(List<RiskSummary> risks, boolean net) {
        var cells = new ArrayList<Cell>();
        var probabilities = Probability.values();
        var effects = Effect.values();
        for (int row = 0; row < probabilities.length; row++) {
            for (int column = 0; column < effects.length; column++) {
                var probability = probabilities[row];
                var effect = effects[effects.length - 1 - column];
                var inCell = risks.stream().map(risk -> net ? risk.net() : risk.gross())
                        .filter(scores -> scores.probability() == probability && scores.effect() == effect).toList();
                var worst = inCell.stream().map(Scores::score).max(BigDecimal::compareTo).map(RiskClass::of)
                        .orElse(null);
                cells.add(new Cell(probability, effect, inCell.size(), worst, MARGIN + column * CELL, row * CELL));
            }
        }
        return new HeatMap(cells);
    }

    public int width() {
        return MARGIN + Effect.values().length * CELL;
    }

    public int height() {
        return Probability.values().length * CELL + 40;
    }
}
