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
        "fills a preallocated array (autograd cannot trace that)": """
            def polar_to_cartesian(u):
                point = np.zeros(2)
                point[0] = u[0] * anp.cos(u[1])
                point[1] = u[0] * anp.sin(u[1])
                return point
        """,
        "u converted to floats first (drops autograd's tracing)": """
            def polar_to_cartesian(u):
                r, theta = float(u[0]), float(u[1])
                return anp.array([r * anp.cos(theta), r * anp.sin(theta)])
        """,
        "y from x by Pythagoras (loses the sign of sin)": """
            def polar_to_cartesian(u):
                r, theta = u[0], u[1]
                x = r * anp.cos(theta)
                return anp.array([x, anp.sqrt(r ** 2 - x ** 2)])
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
        "formulas for 2 x 2 and 3 x 3 only (cofactors)": """
            def area_scale(f, u):
                J = jacobian(f)(u)
                if len(u) == 2:
                    return float(abs(J[0, 0] * J[1, 1] - J[0, 1] * J[1, 0]))
                return float(abs(J[0, 0] * (J[1, 1] * J[2, 2] - J[1, 2] * J[2, 1])
                                 - J[0, 1] * (J[1, 0] * J[2, 2] - J[1, 2] * J[2, 0])
                                 + J[0, 2] * (J[1, 0] * J[2, 1] - J[1, 1] * J[2, 0])))
        """,
        "returns a one-element array": """
            def area_scale(f, u):
                return np.abs(np.linalg.det(jacobian(f)(u))).reshape(1)
        """,
        "Jacobian squeezed (breaks in one dimension)": """
            def area_scale(f, u):
                return float(abs(np.linalg.det(np.squeeze(jacobian(f)(u)))))
        """,
        "a central-difference Jacobian with h = 1e-3 instead of autograd's": """
            def area_scale(f, u, h=1e-3):
                u = np.asarray(u, dtype=float)
                columns = [(f(u + h * e) - f(u - h * e)) / (2 * h) for e in np.eye(len(u))]
                J = np.reshape(np.column_stack(columns), (len(u), len(u)))
                return float(abs(np.linalg.det(J)))
        """,
        "the determinant of J^T J (the square of the scale)": """
            def area_scale(f, u):
                J = jacobian(f)(u)
                return float(abs(np.linalg.det(J.T @ J)))
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
        "a standard normal p_X assumed (log_p_x ignored)": """
            def transformed_log_density(log_p_x, f_inv, y):
                x = f_inv(y)
                log_p = -0.5 * np.sum(x ** 2) - 0.5 * len(x) * np.log(2 * np.pi)
                return float(log_p + np.linalg.slogdet(jacobian(f_inv)(y))[1])
        """,
        "a 2 x 2 determinant formula": """
            def transformed_log_density(log_p_x, f_inv, y):
                J = jacobian(f_inv)(y)
                if len(y) == 1:
                    return float(log_p_x(f_inv(y)) + np.log(abs(J[0, 0])))
                return float(log_p_x(f_inv(y)) + np.log(abs(J[0, 0] * J[1, 1] - J[0, 1] * J[1, 0])))
        """,
        "log of the diagonal entries (right only for triangular Jacobians)": """
            def transformed_log_density(log_p_x, f_inv, y):
                J = jacobian(f_inv)(y)
                return float(log_p_x(f_inv(y)) + np.sum(np.log(np.abs(np.diag(J)))))
        """,
        "log of det, the warning about a negative det switched off": """
            def transformed_log_density(log_p_x, f_inv, y):
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    return float(log_p_x(f_inv(y)) + np.log(np.linalg.det(jacobian(f_inv)(y))))
        """,
        "returns a one-element array": """
            def transformed_log_density(log_p_x, f_inv, y):
                sign, log_abs_det = np.linalg.slogdet(jacobian(f_inv)(y))
                return np.atleast_1d(log_p_x(f_inv(y)) + log_abs_det)
        """,
    },
    "flow_log_likelihood": {
        "the log-det term dropped": """
            def flow_log_likelihood(theta, Y):
                Z = to_noise(Y, theta)
                return float(np.mean(-0.5 * np.sum(Z ** 2, axis=1) - np.log(2 * np.pi)))
        """,
        "the log-det term with the wrong sign": """
            def flow_log_likelihood(theta, Y):
                alpha, beta, gamma, delta, kappa, mu = theta
                Z = to_noise(Y, theta)
                log_det = alpha + gamma + delta * Z[:, 0]
                return float(np.mean(-0.5 * np.sum(Z ** 2, axis=1) - np.log(2 * np.pi) - log_det))
        """,
        "the sum over the rows instead of the mean": """
            def flow_log_likelihood(theta, Y):
                alpha, beta, gamma, delta, kappa, mu = theta
                Z = to_noise(Y, theta)
                log_det = alpha + gamma + delta * Z[:, 0]
                return float(np.sum(-0.5 * np.sum(Z ** 2, axis=1) - np.log(2 * np.pi) + log_det))
        """,
        "the log-det of the generating map to_data, taken at y (the wrong Jacobian)": """
            def flow_log_likelihood(theta, Y):
                alpha, beta, gamma, delta, kappa, mu = theta
                Z = to_noise(Y, theta)
                log_det = -(alpha + gamma + delta * Y[:, 0])      # log|det J_{T^-1}(y)|
                return float(np.mean(-0.5 * np.sum(Z ** 2, axis=1) - np.log(2 * np.pi) + log_det))
        """,
        "y1 instead of z1 in the log-det": """
            def flow_log_likelihood(theta, Y):
                alpha, beta, gamma, delta, kappa, mu = theta
                Z = to_noise(Y, theta)
                log_det = alpha + gamma + delta * Y[:, 0]
                return float(np.mean(-0.5 * np.sum(Z ** 2, axis=1) - np.log(2 * np.pi) + log_det))
        """,
        "asks autograd for each row's Jacobian (ruled out)": """
            def flow_log_likelihood(theta, Y):
                Z = to_noise(Y, theta)
                log_dets = np.array([np.linalg.slogdet(jacobian(to_noise)(y, theta))[1] for y in Y])
                return float(np.mean(-0.5 * np.sum(Z ** 2, axis=1) - np.log(2 * np.pi) + log_dets))
        """,
        "diagonal entries from autograd's elementwise_grad (ruled out)": """
            def flow_log_likelihood(theta, Y):
                from autograd import elementwise_grad
                Z = to_noise(Y, theta)
                def z1(y1):
                    return to_noise(anp.stack([y1, Y[:, 1]], axis=-1), theta)[:, 0]
                def z2(y2):
                    return to_noise(anp.stack([Y[:, 0], y2], axis=-1), theta)[:, 1]
                diagonal = elementwise_grad(z1)(Y[:, 0]) * elementwise_grad(z2)(Y[:, 1])
                log_base = -0.5 * np.sum(Z ** 2, axis=1) - np.log(2 * np.pi)
                return float(np.mean(log_base + np.log(np.abs(diagonal))))
        """,
    },
}
