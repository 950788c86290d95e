/**
 * Small value types every module may use: date ranges, the Danish calendar, typed errors.
 * Holds no entities.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.tilknyt.shared;
