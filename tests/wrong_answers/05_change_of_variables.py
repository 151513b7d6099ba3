"""Plausible wrong answers to the exercises of 05-change-of-variables; the checks must catch each one."""

WRONG_ANSWERS = {
    "polar_to_cartesian": {
        "returns a Python list": """
            def polar_to_cartesian(u):
                return [u[0] * anp.cos(u[1]), u[0] * anp.sin(u[1])]
        """,
        "sin and cos swapped": """
            def polar_to_cartesian(u):
                r, theta = u[0], u[1]
                return anp.array([r * anp.sin(theta), r * anp.cos(theta)])
        """,
        "r and theta taken in the wrong order": """
            def polar_to_cartesian(u):
                theta, r = u[0], u[1]
                return anp.array([r * anp.cos(theta), r * anp.sin(theta)])
        """,
        "theta treated as degrees": """
            def polar_to_cartesian(u):
                r, theta = u[0], np.deg2rad(u[1])
                return anp.array([r * anp.cos(theta), r * anp.sin(theta)])
        """,
        "np.array instead of anp.array (invisible to autograd)": """
            def polar_to_cartesian(u):
                r, theta = u[0], u[1]
                return np.array([r * np.cos(theta), r * np.sin(theta)])
        """,
        "r forgotten": """
            def polar_to_cartesian(u):
                r, theta = u[0], u[1]
                return anp.array([anp.cos(theta), anp.sin(theta)])
        """,
    },
    "area_scale": {
        "det without the absolute value": """
            def area_scale(f, u):
                return float(np.linalg.det(jacobian(f)(u)))
        """,
        "the trace instead of the determinant": """
            def area_scale(f, u):
                return float(abs(np.trace(jacobian(f)(u))))
        """,
        "the product of the diagonal entries": """
            def area_scale(f, u):
                return float(abs(np.prod(np.diag(jacobian(f)(u)))))
        """,
        "a 2 x 2 formula for every size": """
            def area_scale(f, u):
                J = jacobian(f)(u)
                return float(abs(J[0, 0] * J[1, 1] - J[0, 1] * J[1, 0]))
        """,
        "returns the whole Jacobian's absolute values": """
            def area_scale(f, u):
                return np.abs(jacobian(f)(u))
        """,
    },
    "transformed_log_density": {
        "the log-det term dropped": """
            def transformed_log_density(log_p_x, f_inv, y):
                return float(log_p_x(f_inv(y)))
        """,
        "the log-det term with the wrong sign": """
            def transformed_log_density(log_p_x, f_inv, y):
                sign, log_abs_det = np.linalg.slogdet(jacobian(f_inv)(y))
                return float(log_p_x(f_inv(y)) - log_abs_det)
        """,
        "log of det without the absolute value": """
            def transformed_log_density(log_p_x, f_inv, y):
                return float(log_p_x(f_inv(y)) + np.log(np.linalg.det(jacobian(f_inv)(y))))
        """,
        "the trace instead of the determinant": """
            def transformed_log_density(log_p_x, f_inv, y):
                return float(log_p_x(f_inv(y)) + np.log(abs(np.trace(jacobian(f_inv)(y)))))
        """,
        "the Jacobian evaluated at x instead of y": """
            def transformed_log_density(log_p_x, f_inv, y):
                x = f_inv(y)
                sign, log_abs_det = np.linalg.slogdet(jacobian(f_inv)(x))
                return float(log_p_x(x) + log_abs_det)
        """,
        "the density instead of its logarithm": """
            def transformed_log_density(log_p_x, f_inv, y):
                sign, log_abs_det = np.linalg.slogdet(jacobian(f_inv)(y))
                return float(np.exp(log_p_x(f_inv(y)) + log_abs_det))
        """,
    },
}
