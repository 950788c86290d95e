package dk.tilknyt.people.web;

import java.math.BigDecimal;

import dk.tilknyt.people.EmploymentType;
import dk.tilknyt.people.ShiftLayer;

/** One current segment of a person employed in the unit's subtree, as the staff list shows it. */
record StaffRow(String personId, String jobFamilyName, BigDecimal weeklyHours, EmploymentType type,
                ShiftLayer shiftLayer, String unitId, String unitName, Double tenureYears) {
}
