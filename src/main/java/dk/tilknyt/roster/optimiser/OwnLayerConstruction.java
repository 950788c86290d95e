package dk.tilknyt.roster.optimiser;

import java.util.Map;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;

import dk.tilknyt.roster.solver.Employee;
import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.ShiftSlot;

/** The solver's first phase: fills slots from people's own layer and weekend turns ({@link OwnLayerFirst}). */
final class OwnLayerConstruction implements PhaseCommand<Roster> {

    @Override
    public void changeWorkingSolution(PhaseCommandContext<Roster> context) {
        PlanningVariableMetaModel<Roster, ShiftSlot, Employee> employee = context.getSolutionMetaModel()
                .genuineEntity(ShiftSlot.class)
                .basicVariable("employee", Employee.class);
        Map<ShiftSlot, Employee> plan = new OwnLayerFirst(context.getWorkingSolution()).plan();
        for (var assignment : plan.entrySet()) {
            if (context.isPhaseTerminated()) {
                return;
            }
            context.execute(Moves.change(employee, assignment.getKey(), assignment.getValue()));
        }
    }
}
